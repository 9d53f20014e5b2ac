/** The colour of each verdict: the in-page badge (content/ui/styles.ts) and the toolbar button share it. */
export const VERDICT_COLORS = { ready: '#188038', review: '#b05a00', blocked: '#d93025' } as const;

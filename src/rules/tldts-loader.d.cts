export function loadTldts(): typeof import('tldts');

import { RULES, type Rule, type SeveritySetting } from '../rules';
import { useStore } from '../shared/observable';
import {
  SETTING_KEYS,
  type SettingKey,
  type SettingSpec,
  type SettingsProblem,
  settingSpec,
} from '../shared/settings-schema';
import type { DraftValue, FieldUsage, OptionsController } from './options-store';
import type { TermsPageCheck } from './terms-check';

export interface OptionsProps {
  controller: OptionsController;
  version: string;
}

interface FieldDefinition {
  key: Exclude<SettingKey, 'ruleSeverity'>;
  label: string;
  hint: string;
  kind: 'text' | 'url' | 'number' | 'list' | 'checkbox' | 'select';
  placeholder?: string;
  /** For a select: the values and what each reads as. */
  choices?: readonly (readonly [string, string])[];
}

interface FieldGroup {
  title: string;
  fields: FieldDefinition[];
}

function fieldKind(spec: SettingSpec): FieldDefinition['kind'] {
  switch (spec.kind) {
    case 'string':
      return spec.check?.kind === 'https-url' ? 'url' : 'text';
    case 'integer':
      return 'number';
    case 'list':
      return 'list';
    case 'boolean':
      return 'checkbox';
    case 'choice':
    case 'rule-severity':
      return 'select';
  }
}

/** The form's fieldsets, in the settings table's order (ruleSeverity has its own table below them). */
export function formGroups(): FieldGroup[] {
  const groups: FieldGroup[] = [];
  for (const key of SETTING_KEYS) {
    const spec = settingSpec(key);
    if (key === 'ruleSeverity' || !spec.form) continue;
    const field: FieldDefinition = {
      key,
      label: spec.label,
      hint: spec.help,
      kind: fieldKind(spec),
      ...(spec.form.placeholder === undefined ? {} : { placeholder: spec.form.placeholder }),
      ...(spec.kind === 'choice' ? { choices: spec.choices } : {}),
    };
    const group = groups.find((candidate) => candidate.title === spec.form?.group);
    if (group) group.fields.push(field);
    else groups.push({ title: spec.form.group, fields: [field] });
  }
  return groups;
}

const GROUPS = formGroups();

/** The firm admin's settings page. */
export function Options({ controller, version }: OptionsProps) {
  const state = useStore(controller.store);
  const errorCount = Object.keys(state.errors).length;
  // The stored settings could not be read at all: a save would be measured against nothing.
  const unreadable = state.readError !== null && state.storedUsage === null;
  return (
    <main class="options" aria-busy={state.loading || state.busy}>
      <header>
        <h1>Settings</h1>
        <p class="subtitle">SMS Compliance Checker {version}</p>
        {state.locked.length > 0 && (
          <p class="policy-note">Some settings are set by your organization and cannot be changed here.</p>
        )}
        {state.policyProblems.length > 0 && (
          <section class="policy-refused" aria-label="Refused organization settings">
            <h2>A setting from your organization was refused</h2>
            <ul>
              {state.policyProblems.map((problem) => (
                <li key={problem.key}>
                  <code>{problem.key}</code>: {problem.message}
                </li>
              ))}
            </ul>
            <p>
              The checker does not use these values (the firm's own values below apply instead). Ask your administrator
              to correct the policy.
            </p>
          </section>
        )}
        {state.readError && (
          <div class="read-error" role="alert">
            <p>{state.readError}</p>
            {unreadable && <p>Saving and importing are off until they can be read: reload this page to try again.</p>}
          </div>
        )}
      </header>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void controller.save();
        }}
      >
        {GROUPS.map((group) => (
          <fieldset key={group.title}>
            <legend>{group.title}</legend>
            {group.fields.map((field) => (
              <SettingField
                key={field.key}
                field={field}
                value={state.draft[field.key]}
                error={state.errors[field.key]}
                warning={state.warnings[field.key]}
                usage={state.usage[field.key]}
                locked={state.locked.includes(field.key)}
                onChange={(value) => controller.edit(field.key, value)}
              />
            ))}
            {group.fields.some((field) => field.key === 'termsUrl') && (
              <TermsCheckPanel
                running={state.termsCheck.running}
                result={state.termsCheck.result}
                onCheck={() => void controller.checkTermsPage()}
              />
            )}
            {group.fields.some((field) => field.key === 'portalSites') && state.missingAccess.length > 0 && (
              <SiteAccessPanel missing={state.missingAccess} onGrant={() => void controller.grantSiteAccess()} />
            )}
          </fieldset>
        ))}
        <RuleTable
          rules={RULES}
          severities={state.draft.ruleSeverity as Record<string, SeveritySetting>}
          locked={state.locked.includes('ruleSeverity')}
          onChange={(ruleId, severity) => controller.setRuleSeverity(ruleId, severity)}
        />
        <div class="save-bar">
          <button type="submit" class="primary" disabled={state.busy || state.loading || unreadable}>
            Save settings
          </button>
          <p class={`status ${state.status?.kind ?? ''}`} role="status" aria-live="polite">
            {state.status?.text ?? (errorCount > 0 ? '' : state.dirty.length > 0 ? 'You have unsaved changes.' : '')}
          </p>
        </div>
      </form>
      <ImportExportPanel
        busy={state.busy}
        importDisabled={unreadable}
        partial={state.importPartial}
        problems={state.importProblems}
        onImport={(text) => void controller.importFile(text)}
        onExport={() => controller.exportFile()}
        onReset={() => void controller.reset()}
      />
      <footer class="options-footer">
        <p>
          Message text never leaves your browser.{' '}
          <a href="/privacy.html" target="_blank" rel="noopener">
            Privacy policy
          </a>
        </p>
      </footer>
    </main>
  );
}

export interface SettingFieldProps {
  field: FieldDefinition;
  value: DraftValue | undefined;
  error: string | undefined;
  warning: string | undefined;
  /** Space the list takes in browser sync storage (lists only). */
  usage?: FieldUsage | undefined;
  locked: boolean;
  onChange(value: DraftValue): void;
}

export function SettingField({ field, value, error, warning, usage, locked, onChange }: SettingFieldProps) {
  const id = `field-${field.key}`;
  const describedBy = [
    `${id}-hint`,
    usage ? `${id}-usage` : '',
    locked ? `${id}-locked` : '',
    error ? `${id}-error` : '',
    warning && !error ? `${id}-warning` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: field.key,
    disabled: locked,
    readOnly: locked,
    'aria-describedby': describedBy,
    'aria-invalid': error || usage?.error ? ('true' as const) : undefined,
  };
  return (
    <div class={`field field-${field.kind}${error ? ' invalid' : ''}${locked ? ' locked' : ''}`}>
      {field.kind === 'checkbox' ? (
        <label class="checkbox" htmlFor={id}>
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
          {field.label}
        </label>
      ) : (
        <>
          <label htmlFor={id}>{field.label}</label>
          {field.kind === 'select' ? (
            <select {...common} value={String(value ?? '')} onChange={(event) => onChange(event.currentTarget.value)}>
              {(field.choices ?? []).map(([choice, text]) => (
                <option key={choice} value={choice}>
                  {text}
                </option>
              ))}
            </select>
          ) : field.kind === 'list' ? (
            <textarea
              {...common}
              rows={3}
              placeholder={field.placeholder}
              value={String(value ?? '')}
              onInput={(event) => onChange(event.currentTarget.value)}
            />
          ) : (
            <input
              {...common}
              type="text"
              inputMode={field.kind === 'url' ? 'url' : field.kind === 'number' ? 'numeric' : undefined}
              spellcheck={field.kind === 'text'}
              placeholder={field.placeholder}
              value={String(value ?? '')}
              onInput={(event) => onChange(event.currentTarget.value)}
            />
          )}
        </>
      )}
      <p class="hint" id={`${id}-hint`}>
        {field.hint}
      </p>
      {usage && (
        <p class={`usage${usage.error ? ' over' : usage.warning ? ' near' : ''}`} id={`${id}-usage`}>
          {usage.text}
          {usage.error && ` ${usage.error}`}
          {usage.warning && !usage.error && ` ${usage.warning}`}
        </p>
      )}
      {locked && (
        <p class="locked-note" id={`${id}-locked`}>
          Set by your organization
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {warning && !error && (
        <p class="warning" id={`${id}-warning`}>
          {warning}
        </p>
      )}
    </div>
  );
}

export interface TermsCheckPanelProps {
  running: boolean;
  result: TermsPageCheck | null;
  onCheck(): void;
}

export function TermsCheckPanel({ running, result, onCheck }: TermsCheckPanelProps) {
  return (
    <div class="terms-check">
      <button type="button" onClick={onCheck} disabled={running} aria-describedby="terms-check-hint">
        {running ? 'Checking terms page…' : 'Check terms page'}
      </button>
      <p class="hint" id="terms-check-hint">
        Loads the page (a plain request, no cookies) and looks for what carriers expect on it.
      </p>
      {result && (
        <section class="terms-result" aria-label="Terms page check" aria-live="polite">
          {result.reachable ? (
            <p class="ok">The page answers (HTTP {result.status}).</p>
          ) : (
            <p class="error">{result.error}</p>
          )}
          {result.findings.length > 0 && (
            <ul>
              {result.findings.map((finding) => (
                <li key={finding.id} class={finding.found ? 'ok' : 'missing'}>
                  <span aria-hidden="true">{finding.found ? '✓' : '✗'}</span> {finding.label}
                  <span class="sr-only">{finding.found ? ': found' : ': not found'}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

export interface SiteAccessPanelProps {
  missing: string[];
  onGrant(): void;
}

export function SiteAccessPanel({ missing, onGrant }: SiteAccessPanelProps) {
  return (
    <div class="site-access">
      <p class="warning">
        The checker may not run yet on: {missing.join(', ')}. Your browser asks before an extension reads a site.
      </p>
      <button type="button" onClick={onGrant}>
        Grant access to portal sites
      </button>
    </div>
  );
}

export interface RuleTableProps {
  rules: readonly Rule[];
  severities: Record<string, SeveritySetting>;
  locked: boolean;
  onChange(ruleId: string, severity: SeveritySetting | 'default'): void;
}

const SEVERITY_OPTIONS: SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function RuleTable({ rules, severities, locked, onChange }: RuleTableProps) {
  return (
    <fieldset class="rules">
      <legend>Rules</legend>
      <p class="hint">
        How seriously each check counts. Errors mark a message as likely to be filtered; "off" turns a check off.
      </p>
      {locked && <p class="locked-note">Set by your organization</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">What it checks</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const selectId = `severity-${rule.id}`;
            const flagged = rule.meta.examples.invalid[0]?.text;
            const fine = rule.meta.examples.valid[0]?.text;
            return (
              <tr key={rule.id} data-rule-id={rule.id}>
                <th scope="row">
                  <code>{rule.id}</code>
                </th>
                <td>
                  <p id={`${selectId}-description`}>{rule.meta.description}</p>
                  {(flagged || fine) && (
                    <details>
                      <summary>Examples</summary>
                      {flagged && (
                        <p>
                          <strong>Flagged:</strong> <q>{flagged}</q>
                        </p>
                      )}
                      {fine && (
                        <p>
                          <strong>Fine:</strong> <q>{fine}</q>
                        </p>
                      )}
                    </details>
                  )}
                </td>
                <td>
                  <label class="sr-only" htmlFor={selectId}>
                    Severity of {rule.id}
                  </label>
                  <select
                    id={selectId}
                    disabled={locked}
                    aria-describedby={`${selectId}-description`}
                    value={severities[rule.id] ?? 'default'}
                    onChange={(event) => onChange(rule.id, event.currentTarget.value as SeveritySetting | 'default')}
                  >
                    <option value="default">Default ({rule.meta.defaultSeverity})</option>
                    {SEVERITY_OPTIONS.map((severity) => (
                      <option key={severity} value={severity}>
                        {severity === 'off' ? 'Off' : severity[0]?.toUpperCase() + severity.slice(1)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

export interface ImportExportPanelProps {
  busy: boolean;
  /** The stored settings could not be read: an import is not measured against nothing. */
  importDisabled?: boolean;
  /** The other fields were imported; `problems` are the ones left as they were. */
  partial?: boolean;
  problems: SettingsProblem[];
  onImport(text: string): void;
  onExport(): void;
  onReset(): void;
}

export function ImportExportPanel({
  busy,
  importDisabled = false,
  partial = false,
  problems,
  onImport,
  onExport,
  onReset,
}: ImportExportPanelProps) {
  return (
    <section class="import-export" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">Import, export, reset</h2>
      <div class="actions">
        <button type="button" onClick={onExport} disabled={busy}>
          Export settings
        </button>
        <label class="file-button">
          Import settings from a file
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy || importDisabled}
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) onImport(await file.text());
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={onReset} disabled={busy}>
          Reset to defaults
        </button>
      </div>
      {problems.length > 0 && (
        <div class="import-problems" role="alert">
          <p>
            {partial
              ? 'The rest of the file was imported; these settings were kept as they were:'
              : 'The file was not imported; nothing changed. Problems found:'}
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.key}:${problem.message}`}>
                {/* Some validators' messages quote the key already ("\"firmName\" must be a string"). */}
                {problem.key && !problem.message.includes(`"${problem.key}"`) ? (
                  <>
                    <code>{problem.key}</code>:{' '}
                  </>
                ) : null}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

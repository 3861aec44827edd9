/**
 * One user on the admin page: role, disabled, usage against the quotas in force (overrides marked), and a
 * form to change the role, disable the account, or set and clear quota overrides.
 */
import { useState, type FormEvent } from 'react';
import { USER_ROLES } from '../../../../src/domain/enums.js';
import { QUOTA_FIELDS, userChange, userValues, type QuotaField, type UserValues } from '../../account-forms.js';
import { api, problemOf, type AdminUser } from '../../api.js';
import type { MessageKey } from '../../i18n.js';
import { useLang } from '../../lang.js';
import type { Problem } from '../../logic.js';
import { describedBy, Field } from '../Field.js';
import { ProblemText } from '../Problem.js';
import { Usage } from '../Usage.js';

const QUOTA_LABELS: Record<QuotaField, MessageKey> = {
  roadmapsPerDay: 'admin.quota.roadmapsPerDay',
  activeRoadmaps: 'admin.quota.activeRoadmaps',
  tokensPerMonth: 'admin.quota.tokensPerMonth',
};

function UserForm({ user, name, onSaved, onCancel }: { user: AdminUser; name: string; onSaved: (u: AdminUser) => void; onCancel: () => void }) {
  const { t } = useLang();
  const [values, setValues] = useState<UserValues>(() => userValues(user));
  const [problems, setProblems] = useState<Partial<Record<QuotaField, Problem>>>({});
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `u-${user.id}-${f}`;

  async function save(e: FormEvent) {
    e.preventDefault();
    const result = userChange(values);
    setProblems('problems' in result ? result.problems : {});
    setFailure(undefined);
    if (!('change' in result)) return;
    setBusy(true);
    try {
      onSaved(await api.changeUser(user.id, result.change));
    } catch (err) {
      setFailure(problemOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="user-form" onSubmit={(e) => void save(e)} noValidate aria-label={t('admin.editFor', { email: name })}>
      <div className="row">
        <Field id={id('role')} label={t('admin.role')}>
          <select id={id('role')} autoFocus value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as UserValues['role'] }))}>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <label className="check">
          <input type="checkbox" checked={values.disabled} onChange={(e) => setValues((v) => ({ ...v, disabled: e.target.checked }))} />
          {t('admin.disabled')}
        </label>
      </div>
      <p className="hint">{t('admin.quotaHint')}</p>
      <div className="row">
        {QUOTA_FIELDS.map((f) => (
          <Field key={f} id={id(f)} label={t(QUOTA_LABELS[f])} problem={problems[f]}>
            <input
              id={id(f)}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder={t('admin.default')}
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
              aria-invalid={problems[f] ? true : undefined}
              aria-describedby={describedBy(id(f), { problem: problems[f] })}
            />
          </Field>
        ))}
      </div>
      <ProblemText problem={failure} alert />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('admin.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('keys.cancel')}
        </button>
      </div>
    </form>
  );
}

export function UserCard({ user, onChanged }: { user: AdminUser; onChanged: (u: AdminUser) => void }) {
  const { t, fmt } = useLang();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const overridden = new Set(QUOTA_FIELDS.filter((f) => user.overrides[f] !== null));
  // Only the local learner of AUTH_MODE=local has no email (the admin page also opens there).
  const name = user.email || t('admin.localLearner');
  const edit = () => {
    setEditing(true);
    setSaved(false);
  };
  return (
    <li className="user-card" aria-labelledby={`u-${user.id}`}>
      <div className="user-head">
        <h3 id={`u-${user.id}`}>{name}</h3>
        <span className="badge">{t(`role.${user.role}`)}</span>
        {user.disabled ? <span className="badge s-failed">{t('admin.isDisabled')}</span> : null}
        {editing ? null : (
          <button type="button" onClick={edit} aria-label={t('admin.editFor', { email: name })}>
            {t('admin.edit')}
          </button>
        )}
      </div>
      <p className="muted">{t('admin.joined', { at: fmt.dateTime(user.createdAt) })}</p>
      <Usage usage={user.usage} quotas={user.quotas} overridden={overridden} />
      {saved ? <p role="status">{t('admin.saved')}</p> : null}
      {editing ? (
        <UserForm
          user={user}
          name={name}
          onCancel={() => setEditing(false)}
          onSaved={(u) => {
            onChanged(u);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
    </li>
  );
}

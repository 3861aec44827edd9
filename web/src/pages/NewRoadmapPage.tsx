/** The new-roadmap form: validated as it is typed with the API's own schema; API errors shown in words. */
import { useState, type FormEvent } from 'react';
import { LEARNING_LEVELS } from '../../../src/domain/enums.js';
import { ApiError, api } from '../api.js';
import { describedBy, Field } from '../components/Field.js';
import { ProblemText } from '../components/Problem.js';
import { useLang } from '../lang.js';
import { apiProblem, validateForm, type FieldProblems, type FormField, type FormValues, type Problem } from '../logic.js';
import { navigate } from '../router.js';
import { paths } from '../routes.js';

export function NewRoadmapPage() {
  const { t, lang } = useLang();
  const [values, setValues] = useState<FormValues>({
    goal: '',
    level: 'beginner',
    hoursPerWeek: '8',
    weeks: '8',
    background: '',
    motivation: '',
    language: lang === 'zh' ? 'zh-CN' : 'en',
    review: false,
    onDemand: false,
  });
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [serverFields, setServerFields] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const result = validateForm(values);
  const problems: FieldProblems = { ...serverFields, ...('problems' in result ? result.problems : {}) };
  const shown = (f: FormField) => (touched.has(f) ? problems[f] : undefined);

  const set = <K extends FormField>(field: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerFields(({ [field]: _, ...rest }) => rest);
  };
  const touch = (field: FormField) => setTouched((s) => new Set(s).add(field));
  const input = (field: Exclude<FormField, 'review' | 'onDemand'>) => ({
    id: `f-${field}`,
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: () => touch(field),
    'aria-invalid': shown(field) ? true : undefined,
    'aria-describedby': describedBy(`f-${field}`, { problem: shown(field) }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(new Set(Object.keys(values) as FormField[]));
    setFailure(undefined);
    if (!('request' in result)) return;
    setBusy(true);
    try {
      const accepted = await api.create(result.request);
      navigate(paths.generate(accepted.id));
    } catch (err) {
      // Over a quota, the message says which limit and when a new roadmap can be requested (Retry-After).
      const mapped = err instanceof ApiError ? apiProblem(err.body, err.retryAfter) : { problem: { key: 'api.NETWORK' } as Problem, fields: {} };
      setFailure(mapped.problem);
      setServerFields(mapped.fields);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="card form">
      <h1>{t('new.title')}</h1>
      <Field id="f-goal" label={t('new.goal')} problem={shown('goal')}>
        <textarea {...input('goal')} rows={2} placeholder={t('new.goalPlaceholder')} required />
      </Field>
      <div className="row">
        <Field id="f-level" label={t('new.level')} problem={shown('level')}>
          <select {...input('level')}>
            {LEARNING_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-hoursPerWeek" label={t('new.hours')} problem={shown('hoursPerWeek')}>
          <input {...input('hoursPerWeek')} type="number" inputMode="numeric" min={1} max={80} step={1} />
        </Field>
        <Field id="f-weeks" label={t('new.weeks')} problem={shown('weeks')}>
          <input {...input('weeks')} type="number" inputMode="numeric" min={1} max={104} step={1} />
        </Field>
      </div>
      <Field id="f-background" label={t('new.background')} problem={shown('background')}>
        <textarea {...input('background')} rows={2} />
      </Field>
      <Field id="f-motivation" label={t('new.motivation')} problem={shown('motivation')}>
        <textarea {...input('motivation')} rows={2} />
      </Field>
      <Field id="f-language" label={t('new.language')} problem={shown('language')}>
        <input {...input('language')} list="languages" autoComplete="off" />
        <datalist id="languages">
          <option value="en">English</option>
          <option value="zh-CN">中文 (简体)</option>
        </datalist>
      </Field>
      <label className="check">
        <input type="checkbox" name="review" checked={values.review} onChange={(e) => set('review', e.target.checked)} />
        {t('new.review')}
      </label>
      <label className="check">
        <input type="checkbox" name="onDemand" checked={values.onDemand} onChange={(e) => set('onDemand', e.target.checked)} />
        {t('new.onDemand')}
      </label>
      <ProblemText problem={failure} alert />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('new.submitting') : t('new.submit')}
      </button>
    </form>
  );
}

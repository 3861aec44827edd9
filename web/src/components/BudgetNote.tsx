import { useLang } from '../lang.js';

/** Why the plan uses less than the learner's time, when it does so on purpose (the outline's budgetNote). */
export function BudgetNote({ note }: { note: string | undefined }) {
  const { t } = useLang();
  if (!note) return null;
  return (
    <p className="budget-note" role="note">
      <strong>{t('roadmap.budgetNote')}</strong> {note}
    </p>
  );
}

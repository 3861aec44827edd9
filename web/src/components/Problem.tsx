import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';

/** A translated error message; `alert` for page-level problems, plain text tied to a field otherwise. */
export function ProblemText({ problem, id, alert }: { problem: Problem | undefined; id?: string; alert?: boolean }) {
  const { t } = useLang();
  if (!problem) return null;
  return (
    <p className="problem" id={id} role={alert ? 'alert' : undefined}>
      {t(problem.key, problem.params)}
    </p>
  );
}

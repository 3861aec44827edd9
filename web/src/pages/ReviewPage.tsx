/**
 * Today's review: the cards due by the end of the learner's day, across all their roadmaps, one at a time.
 * A card whose question left its quiz (the quiz was written again) is left out, and said so.
 */
import { useEffect, useState } from 'react';
import type { ReviewRating } from '../../../src/domain/enums.js';
import { api, problemOf, type DueReviews } from '../api.js';
import { ProblemText } from '../components/Problem.js';
import { RecallCard } from '../components/RecallCard.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { reviewHorizon } from '../plan.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import '../plan.css';

type Item = DueReviews['items'][number];

export function ReviewPage() {
  const { t, fmt } = useLang();
  const [items, setItems] = useState<Item[]>();
  const [gone, setGone] = useState(0);
  const [at, setAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [nextDue, setNextDue] = useState<string>();
  const [problem, setProblem] = useState<Problem>();

  useEffect(() => {
    api.dueReviews(reviewHorizon()).then((d) => {
      setItems(d.items.filter((i) => i.question));
      setGone(d.items.filter((i) => !i.question).length);
    }, (err: unknown) => setProblem(problemOf(err)));
  }, []);

  const rate = (item: Item, rating: ReviewRating) => {
    setBusy(true);
    api.rate(item.cardId, rating).then(
      (card) => {
        setNextDue((d) => (d && d < card.due ? d : card.due));
        setAt((n) => n + 1);
      },
      (err: unknown) => setProblem(problemOf(err)),
    ).finally(() => setBusy(false));
  };

  const item = items?.[at];
  return (
    <section className="card review-session" aria-labelledby="reviews-title" data-testid="review-session">
      <h1 id="reviews-title">{t('reviews.title')}</h1>
      <p className="muted">{t('reviews.intro')}</p>
      <ProblemText problem={problem} alert />
      {gone > 0 ? <p className="muted">{t('reviews.gone', { n: fmt.number(gone) })}</p> : null}
      {items === undefined && !problem ? <p aria-busy="true">{t('app.loading')}</p> : null}
      {items?.length === 0 ? <p role="status">{t('reviews.empty')}</p> : null}
      {items && items.length > 0 && !item ? (
        <p role="status">
          {t('reviews.finished', { n: fmt.number(items.length) })} {nextDue ? t('reviews.nextDue', { when: fmt.dateTime(nextDue) }) : null}
        </p>
      ) : null}
      {item?.question ? (
        <>
          <p className="review-where">
            <span className="badge">{t('reviews.count', { n: fmt.number(at + 1), total: fmt.number(items!.length) })}</span>{' '}
            <Link to={paths.concept(item.roadmapId, item.conceptId)}>{item.conceptTitle ?? item.conceptId}</Link>
          </p>
          <RecallCard key={item.cardId} question={item.question} busy={busy} onRate={(r) => rate(item, r)} />
        </>
      ) : null}
    </section>
  );
}

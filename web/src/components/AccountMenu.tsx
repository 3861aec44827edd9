/**
 * The header's account corner in accounts mode: who is logged in, with Settings, Admin (for admins) and
 * Log out behind their email; or the ways in when nobody is. In local mode there is nothing to show.
 */
import { returnTo } from '../account-logic.js';
import { useLang } from '../lang.js';
import { Link, usePathname } from '../router.js';
import { matchRoute, paths } from '../routes.js';
import { useSession } from '../session.js';
import { MoreMenu } from './MoreMenu.js';

export function AccountMenu() {
  const { t } = useLang();
  const { mode, me, logOut } = useSession();
  const page = matchRoute(usePathname()).page;
  if (mode === 'local') return null;
  if (!me) {
    const back = returnTo(window.location.pathname, window.location.search);
    return (
      <div className="account-links">
        {page === 'login' ? null : <Link to={paths.login(back)}>{t('nav.login')}</Link>}
        {page === 'signup' ? null : (
          <Link to={paths.signup(back)} className="button">
            {t('nav.signup')}
          </Link>
        )}
      </div>
    );
  }
  const label = (
    <>
      <span className="visually-hidden">{t('account.label')}: </span>
      <span className="account-email">{me.email}</span> <span aria-hidden="true">▾</span>
    </>
  );
  return (
    <MoreMenu label={label} className="account">
      <ul className="account-items">
        <li>
          <Link to={paths.settings()}>{t('account.settings')}</Link>
        </li>
        {me.role === 'admin' ? (
          <li>
            <Link to={paths.admin()}>{t('account.admin')}</Link>
          </li>
        ) : null}
        <li>
          <button type="button" onClick={() => void logOut()}>
            {t('account.logout')}
          </button>
        </li>
      </ul>
    </MoreMenu>
  );
}

import { Button, Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useEffect, useRef } from 'react';
import { useAuth, useViewer } from '../auth/auth';
import { hasRole } from '../auth/viewer';
import { LANGUAGES } from '../i18n/i18n';
import { SECTIONS } from './navigation';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-2">
      <label htmlFor="language" className="mb-0 text-white">
        {t('common.language')}
      </label>
      <select
        id="language"
        className="form-select form-select-sm"
        value={i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The signed-in frame: skip link, header with who is signed in, the role's sections, the screen. */
export function AppShell() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut } = useAuth();
  const sections = SECTIONS.filter((section) => hasRole(viewer, ...section.roles));
  // After a navigation, keyboard and screen-reader users start at the new screen, not at the link they left.
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
  return (
    <>
      <a className="visually-hidden-focusable skip-link btn btn-primary" href="#main">
        {t('common.skipToContent')}
      </a>
      <Headers>
        <Header type="center" theme="">
          <HeaderContent>
            <HeaderBrand href="/" iconName="">
              <h2>SHUBH · Integra Corner</h2>
              <h3>{t('shell.tagline')}</h3>
            </HeaderBrand>
            <HeaderRightZone>
              <div className="d-flex flex-wrap align-items-center gap-3">
                <LanguagePicker />
                <span className="text-white" data-testid="signed-in-as">
                  {viewer.name || viewer.username}
                </span>
                <Button color="light" size="sm" outline onClick={() => void signOut()}>
                  {t('shell.signOut')}
                </Button>
              </div>
            </HeaderRightZone>
          </HeaderContent>
        </Header>
      </Headers>
      <nav className="console-nav bg-light border-bottom" aria-label={t('shell.sections')}>
        <ul className="container nav py-2">
          {sections.map((section) => (
            <li className="nav-item" key={section.path}>
              <NavLink className="nav-link" to={section.path}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="container console-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

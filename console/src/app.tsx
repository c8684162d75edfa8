import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { useAuth } from './auth/auth';
import { homeOf } from './auth/viewer';
import { AppShell, LanguagePicker } from './layout/app-shell';
import { AttentionScreen } from './screens/caseload/attention-screen';
import { CaseloadScreen } from './screens/caseload/caseload-screen';
import { FiguresScreen } from './screens/coordinator/figures-screen';
import { EmployerScreen } from './screens/employer/employer-screen';
import { HousingPartnerScreen } from './screens/housing/housing-partner-screen';
import { IntakeScreen } from './screens/intake/intake-screen';
import { PersonLabourScreen } from './screens/labour/person-labour-screen';
import { VacanciesScreen, VacancyCandidatesScreen } from './screens/labour/vacancy-candidates-screen';
import { MyAccessesScreen } from './screens/me/my-accesses-screen';
import { MyConsentsScreen } from './screens/me/my-consents-screen';
import { MyPlanScreen } from './screens/me/my-plan-screen';
import { ResultsScreen } from './screens/results/results-screen';
import { ReferralInboxScreen } from './screens/partner/referral-inbox-screen';
import { ServicesScreen } from './screens/partner/services-screen';
import { PersonAuditScreen } from './screens/person/person-audit-screen';
import { PersonScreen } from './screens/person/person-screen';
import { PlanEditorScreen } from './screens/plan/plan-editor-screen';
import { SendReferralScreen } from './screens/referral/send-referral-screen';
import { Loading } from './ui/page-state';

export function App() {
  const { viewer } = useAuth();
  return (
    <Routes>
      <Route path="/signed-in" element={<SignInCallback />} />
      <Route path="/" element={viewer ? <Navigate to={homeOf(viewer)} replace /> : <Welcome />} />
      <Route element={viewer ? <AppShell /> : <SignInRequired />}>
        <Route path="/caseload" element={<CaseloadScreen />} />
        <Route path="/attention" element={<AttentionScreen />} />
        <Route path="/intake" element={<IntakeScreen />} />
        <Route path="/figures" element={<FiguresScreen />} />
        <Route path="/results" element={<ResultsScreen />} />
        <Route path="/people/:id" element={<PersonScreen />} />
        <Route path="/people/:id/plan" element={<PlanEditorScreen />} />
        <Route path="/people/:id/services" element={<SendReferralScreen />} />
        <Route path="/people/:id/audit" element={<PersonAuditScreen />} />
        <Route path="/people/:id/labour" element={<PersonLabourScreen />} />
        <Route path="/vacancies" element={<VacanciesScreen />} />
        <Route path="/vacancies/:id" element={<VacancyCandidatesScreen />} />
        <Route path="/partner/referrals" element={<ReferralInboxScreen />} />
        <Route path="/partner/services" element={<ServicesScreen />} />
        <Route path="/partner/housing" element={<HousingPartnerScreen />} />
        <Route path="/employer" element={<EmployerScreen />} />
        <Route path="/me/plan" element={<MyPlanScreen />} />
        <Route path="/me/consents" element={<MyConsentsScreen />} />
        <Route path="/me/accesses" element={<MyAccessesScreen />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Welcome() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  return (
    <main id="main" className="container py-5">
      <div className="d-flex justify-content-end mb-4 bg-primary p-2 rounded">
        <LanguagePicker />
      </div>
      <h1>SHUBH · Integra Corner</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <Button color="primary" size="lg" onClick={() => void signIn('/')}>
        {t('welcome.signIn')}
      </Button>
    </main>
  );
}

/** A deep link without a session: straight to the sign-in page, back here afterwards. */
function SignInRequired() {
  const { signIn } = useAuth();
  useEffect(() => {
    void signIn();
  }, [signIn]);
  return <Loading />;
}

/** The redirect URI: finishes the code exchange, then goes where the person was heading or to their home. */
function SignInCallback() {
  const { t } = useTranslation();
  const { userManager } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    userManager.signinRedirectCallback().then(
      (user) => {
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        // GraphiQL is a page of its own, not a route of the console.
        if (returnTo === '/graphiql') return window.location.assign(returnTo);
        navigate(returnTo && returnTo !== '/signed-in' ? returnTo : '/', { replace: true });
      },
      (error: Error) => setFailure(error.message),
    );
  }, [userManager, navigate]);
  if (failure) {
    return (
      <main id="main" className="container py-5">
        <h1>{t('signIn.failed')}</h1>
        <p role="alert">{failure}</p>
        <a href="/">{t('signIn.tryAgain')}</a>
      </main>
    );
  }
  return <Loading label={t('signIn.finishing')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <a href="/">{t('common.backHome')}</a>
    </>
  );
}

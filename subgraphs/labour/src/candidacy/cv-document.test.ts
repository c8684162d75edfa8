import { cvHtml, europassCv, type CvFacts } from './cv-document.js';

const CV: CvFacts = {
  name: 'Amina <b>D.</b> & "co"',
  desiredIscoCodes: ['9333', '9412'],
  workExperienceYears: 3,
  drivingLicences: ['B'],
  hoursPerWeek: 30,
  shifts: ['MORNING', 'NIGHT'],
  availableFrom: null,
  italianLevel: 'A2',
};

describe('the CV documents', () => {
  it('writes the Europass-like JSON from the CV view only', () => {
    expect(europassCv(CV)).toEqual({
      documentType: 'Europass CV (SHUBH subset)',
      learnerInfo: {
        identification: { personName: { displayName: CV.name } },
        headline: {
          type: 'preferred_job',
          occupations: [
            { iscoCode: '9333', classification: 'ISCO-08' },
            { iscoCode: '9412', classification: 'ISCO-08' },
          ],
        },
        workExperience: { totalYears: 3 },
        skills: {
          linguistic: {
            foreignLanguage: [
              {
                description: { code: 'it', label: 'Italian' },
                proficiencyLevel: { listening: 'A2', reading: 'A2', spokenInteraction: 'A2', spokenProduction: 'A2', writing: 'A2' },
              },
            ],
          },
          driving: { description: ['B'] },
        },
        availability: { hoursPerWeek: 30, shifts: ['MORNING', 'NIGHT'], availableFrom: null },
      },
    });
    expect((europassCv({ ...CV, italianLevel: null }).learnerInfo as any).skills.linguistic.foreignLanguage).toEqual([]);
  });

  it('prints an HTML page with every value escaped', () => {
    const html = cvHtml(CV);
    expect(html).toContain('<h1>Amina &lt;b&gt;D.&lt;/b&gt; &amp; &quot;co&quot;</h1>');
    expect(html).not.toContain('<b>D.</b>');
    expect(html).toContain('<tr><th>Italiano (QCER)</th><td>A2</td></tr>');
    expect(html).toContain('<tr><th>Turni</th><td>mattino, notte</td></tr>');
    expect(html).toContain('<tr><th>Dal</th><td>subito</td></tr>');
  });
});

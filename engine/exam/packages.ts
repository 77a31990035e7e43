import type { Exam } from './exam-types.ts';

/** The IRI an exam's course and AU are known by in an LMS (stable per exam id and version). */
export function examIri(exam: Exam): string {
  return `https://hardcall.invalid/exams/${encodeURIComponent(exam.id)}/v${exam.version}`;
}

/** The page an LMS launches: the app, opened in exam mode for this exam (the LMS appends its own parameters). */
export function launchUrl(exam: Exam): string {
  return `index.html?exam=${encodeURIComponent(exam.id)}`;
}

/**
 * The cmi5 course structure (cmi5.xml) for an exam: one AU, launched in its own window, moving on when
 * completed and passed, with the exam's overall pass mark as masteryScore.
 */
export function cmi5CourseXml(exam: Exam): string {
  const lang = langTag(exam);
  const title = `<langstring lang="${lang}">${xml(exam.title)}</langstring>`;
  const desc = `<langstring lang="${lang}">${xml(`${exam.scenarios.length} calls; pass mark ${exam.passScore}`)}</langstring>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(examIri(exam))}">
    <title>${title}</title>
    <description>${desc}</description>
  </course>
  <au id="${xml(`${examIri(exam)}/au`)}" moveOn="CompletedAndPassed" masteryScore="${exam.passScore / 100}" launchMethod="OwnWindow">
    <title>${title}</title>
    <description>${desc}</description>
    <url>${xml(launchUrl(exam))}</url>
  </au>
</courseStructure>
`;
}

/** The SCORM 2004 4th edition manifest (imsmanifest.xml) for an exam: one SCO, listing every file of the package. */
export function scormManifestXml(exam: Exam, files: readonly string[]): string {
  const id = `hardcall-${exam.id}-v${exam.version}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="${exam.version}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${xml(id)}">
    <organization identifier="org-${xml(id)}">
      <title>${xml(exam.title)}</title>
      <item identifier="item-${xml(id)}" identifierref="res-${xml(id)}">
        <title>${xml(exam.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${exam.passScore / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${xml(id)}" type="webcontent" adlcp:scormType="sco" href="${xml(launchUrl(exam))}">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function langTag(exam: Exam): string {
  return exam.locale === 'en' ? 'en-US' : exam.locale;
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

namespace MedCoding.Fhir;

/// <summary>
/// Gets the canonical URLs under which the terminology service answers: the code systems' URLs as HL7 and CMS publish
/// them, and the two <c>ConceptMap</c>s of the diagnosis GEMs.
/// </summary>
public static class FhirCodeSystems
{
    /// <summary>The URL of ICD-10-CM (HL7's <c>sid</c>): <c>http://hl7.org/fhir/sid/icd-10-cm</c>.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>The URL of ICD-10-PCS as HL7 names it (CMS's page): <c>http://www.cms.gov/Medicare/Coding/ICD10</c>.</summary>
    public const string Icd10Pcs = "http://www.cms.gov/Medicare/Coding/ICD10";

    /// <summary>The URL of HCPCS Level II: <c>https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets</c>.</summary>
    public const string HcpcsLevel2 = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    /// <summary>The URL of ICD-9-CM (HL7's <c>sid</c>), whose codes here are those of the diagnosis GEMs: <c>http://hl7.org/fhir/sid/icd-9-cm</c>.</summary>
    public const string Icd9Cm = "http://hl7.org/fhir/sid/icd-9-cm";

    /// <summary>The URL of CPT: <c>http://www.ama-assn.org/go/cpt</c>. Answered only from a licensed CPT file.</summary>
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    /// <summary>The canonical URL of the <c>ConceptMap</c> of the forward GEMs, ICD-9-CM to ICD-10-CM.</summary>
    public const string Icd9CmToIcd10CmMap = "https://github.com/medcoding/medcoding-sdk/fhir/ConceptMap/gems-icd-9-cm-to-icd-10-cm";

    /// <summary>The canonical URL of the <c>ConceptMap</c> of the backward GEMs, ICD-10-CM to ICD-9-CM.</summary>
    public const string Icd10CmToIcd9CmMap = "https://github.com/medcoding/medcoding-sdk/fhir/ConceptMap/gems-icd-10-cm-to-icd-9-cm";

    /// <summary>The system of the designation use of a short title (CMS's 60-character description).</summary>
    public const string DesignationUse = "https://github.com/medcoding/medcoding-sdk/fhir/CodeSystem/designation-use";

    /// <summary>Gets every code-system URL the service knows, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Icd10Cm, Icd10Pcs, HcpcsLevel2, Icd9Cm, Cpt];
}

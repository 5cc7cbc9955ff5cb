using MedCoding.ClaimEdits;

namespace MedCoding;

/// <summary>
/// Returns the settings of <see cref="MedCodingServiceCollectionExtensions.AddMedCoding"/>: where the code-set data
/// comes from beyond the embedded releases, the claim-edit tables to load, and how the claim editor is configured.
/// </summary>
/// <remarks>
/// <para>Mutable, like every options class: set it in the <c>configure</c> callback of <c>AddMedCoding</c> or through the
/// returned <see cref="MedCodingBuilder"/>. It is validated when the host starts (<c>ValidateOnStart</c>): a folder or
/// file that does not exist fails the start-up with a message naming the setting and the path, not the first request.</para>
/// <para>With every setting at its default, every service runs over the data embedded in the MedCoding.Data.* packages:
/// ICD-10-CM, ICD-10-PCS, HCPCS Level II and its modifiers, the GEMs, the POA-exempt lists, the MCE tables and the
/// MS-DRG tables. A folder added here adds a release to those (a release of the same version replaces the embedded one).
/// Every path is read once, when the service that needs it is first resolved, and shared from then on.</para>
/// </remarks>
public sealed class MedCodingOptions
{
    /// <summary>Gets or sets a value indicating whether the releases embedded in the MedCoding.Data.* packages are used.</summary>
    /// <value>The default is <see langword="true"/>. With <see langword="false"/>, only the folders and files named here are used.</value>
    public bool UseEmbeddedData { get; set; } = true;

    /// <summary>
    /// Gets the folders of official ICD-10-CM release files (each with an order file, perhaps a Tabular List XML) to
    /// add to the releases; a release of the same version as an embedded one replaces it.
    /// </summary>
    /// <value>The default is empty.</value>
    public IList<string> Icd10CmFolders { get; } = [];

    /// <summary>Gets the compiled ICD-10-CM release files (written by <c>medcoding data compile</c>) to add to the releases.</summary>
    /// <value>The default is empty.</value>
    public IList<string> Icd10CmCompiledFiles { get; } = [];

    /// <summary>
    /// Gets or sets a value indicating whether the Excludes1 edit, for a release in force that has no Tabular List
    /// (only its order file, as FY2025 and FY2026 are embedded), uses the Excludes1 notes of the newest release that
    /// has one (FY2021 in the embedded data).
    /// </summary>
    /// <value>The default is <see langword="true"/>; <see langword="false"/> checks Excludes1 only against releases with their own Tabular List.</value>
    public bool UseNewestTabularListForExcludes1 { get; set; } = true;

    /// <summary>Gets the folders of ICD-10-PCS releases (order file, Tables XML, Definitions) to add to the releases.</summary>
    /// <value>The default is empty: the embedded FY2025 and FY2026 releases.</value>
    public IList<string> Icd10PcsFolders { get; } = [];

    /// <summary>Gets the folders of HCPCS Level II releases (the alpha-numeric file) to add to the releases.</summary>
    /// <value>The default is empty: the embedded release.</value>
    public IList<string> HcpcsFolders { get; } = [];

    /// <summary>Gets or sets a licensed CPT file (<c>CODE&lt;TAB&gt;DESCRIPTOR</c> per line) and the year it is for.</summary>
    /// <value>The default is <see langword="null"/>: CPT codes are checked by their shape only. CPT is the AMA's and is never embedded.</value>
    public string? CptFile { get; set; }

    /// <summary>Gets or sets the CPT year of <see cref="CptFile"/>.</summary>
    /// <value>The default is <see langword="null"/>: the year in the file's name (<c>cpt2026.txt</c>).</value>
    public int? CptYear { get; set; }

    /// <summary>Gets or sets the folder of the ICD-9-CM/ICD-10-CM diagnosis GEMs to use instead of the embedded ones.</summary>
    /// <value>The default is <see langword="null"/>: the embedded 2018 GEMs.</value>
    public string? GemsFolder { get; set; }

    /// <summary>Gets the ICD-10-CM release folders whose POA-exempt lists (<c>POAexemptCodesFYyy.txt</c>) are added to the lists.</summary>
    /// <value>The default is empty: the embedded FY2025 and FY2026 lists.</value>
    public IList<string> PoaExemptFolders { get; } = [];

    /// <summary>Gets or sets the Medicare Code Editor v37 lists (<c>MCE_Simple_Code_Edits_v37.txt</c>, FY2020), added to the MCE releases.</summary>
    /// <value>The default is <see langword="null"/>: the embedded MCE 43.1 tables (FY2026).</value>
    public string? MceFile { get; set; }

    /// <summary>Gets the MS-DRG version folders (<c>.../msdrg/v43/v431</c>) to add to the grouper's versions.</summary>
    /// <value>The default is empty: the embedded versions.</value>
    public IList<string> MsDrgFolders { get; } = [];

    /// <summary>
    /// Gets or sets a file of MS-DRG relative weights in the layout of CMS's IPPS Table 5 (DRG, weight, geometric and
    /// arithmetic mean length of stay), with which the <c>CodingAuditor</c> orders two DRGs by weight and the
    /// <c>DrgWhatIf</c> ranks its changes by weight gained.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no weights are shipped; DRGs are ordered by CC/MCC severity within a family.</value>
    public string? RelativeWeightsFile { get; set; }

    /// <summary>
    /// Gets or sets the hospital's base rate in dollars, with which the <c>CodingAuditor</c> gives the payment difference
    /// of an audit (weight difference times base rate); it needs <see cref="RelativeWeightsFile"/>.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no payment difference. When set, it must be positive.</value>
    public decimal? BaseRate { get; set; }

    /// <summary>Gets the NCCI procedure-to-procedure edit files for practitioner services (the parts of one national file), in CMS's layout; professional claims are edited against them.</summary>
    /// <value>The default is empty: no practitioner PTP edits.</value>
    public IList<string> PractitionerPtpFiles { get; } = [];

    /// <summary>Gets the NCCI procedure-to-procedure edit files for hospital outpatient services, in CMS's layout; institutional claims are edited against them.</summary>
    /// <value>The default is empty: no hospital PTP edits.</value>
    public IList<string> HospitalPtpFiles { get; } = [];

    /// <summary>Gets or sets the practitioner services MUE file, in CMS's layout; professional claims are edited against it.</summary>
    /// <value>The default is <see langword="null"/>: no practitioner MUE edits.</value>
    public string? PractitionerMueFile { get; set; }

    /// <summary>Gets or sets the outpatient hospital services MUE file, in CMS's layout; institutional claims are edited against it.</summary>
    /// <value>The default is <see langword="null"/>: no hospital MUE edits.</value>
    public string? HospitalMueFile { get; set; }

    /// <summary>Gets or sets a CSV of claim adjustment reason code routes that override or extend the built-in denial routing table.</summary>
    /// <value>The default is <see langword="null"/>: the built-in table (<c>CarcTable.Default</c>).</value>
    public string? CarcRoutesFile { get; set; }

    /// <summary>
    /// Gets or sets a callback that configures the claim editor after the default edits and the edits registered with
    /// <see cref="MedCodingServiceCollectionExtensions.AddClaimEditRule{TRule}"/> are added: disable a rule, change a
    /// severity or an error code.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the edits as they are.</value>
    public Action<ClaimEditorBuilder>? ConfigureClaimEditor { get; set; }
}

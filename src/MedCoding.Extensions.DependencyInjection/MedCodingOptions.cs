using MedCoding.ClaimEdits;

namespace MedCoding;

/// <summary>
/// Returns the settings of <see cref="MedCodingServiceCollectionExtensions.AddMedCoding"/>: where the code-set data
/// comes from, the claim-edit tables to load, and how the claim editor is configured.
/// </summary>
/// <remarks>
/// <para>Mutable, like every options class: set it in the <c>configure</c> callback of <c>AddMedCoding</c>. It is
/// validated when the host starts (<c>ValidateOnStart</c>): a folder or file that does not exist fails the start-up
/// with a message naming the setting and the path, not the first request.</para>
/// <para>Every path is read once, when the service that needs it is first resolved, and shared from then on.</para>
/// </remarks>
public sealed class MedCodingOptions
{
    /// <summary>Gets or sets a value indicating whether the ICD-10-CM releases embedded in <c>MedCoding.Data</c> are used.</summary>
    /// <value>The default is <see langword="true"/>: FY2021, FY2025, April 2025 and FY2026, with nothing to download.</value>
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
    /// has one (FY2021 in the embedded data), as <c>medcoding scrub</c> does.
    /// </summary>
    /// <value>The default is <see langword="true"/>. Finding that release loads the releases newest first, once, when the
    /// claim editor is first resolved; <see langword="false"/> checks Excludes1 only against releases with their own Tabular List.</value>
    public bool UseNewestTabularListForExcludes1 { get; set; } = true;

    /// <summary>Gets or sets the folder of an ICD-10-PCS release (its order file), for procedure lookups and claim edits.</summary>
    /// <value>The default is <see langword="null"/>: no ICD-10-PCS data, and procedure codes are not checked.</value>
    public string? Icd10PcsFolder { get; set; }

    /// <summary>Gets or sets the folder of a HCPCS Level II release (its alpha-numeric file), for lookups and the modifier edit.</summary>
    /// <value>The default is <see langword="null"/>: no HCPCS Level II data; modifiers are checked against the NCCI policy list only.</value>
    public string? HcpcsFolder { get; set; }

    /// <summary>Gets the NCCI procedure-to-procedure edit files, in CMS's layout (the parts of one national file).</summary>
    /// <value>The default is empty: no PTP edits.</value>
    public IList<string> PtpFiles { get; } = [];

    /// <summary>Gets or sets the NCCI medically unlikely edit (MUE) file, in CMS's layout.</summary>
    /// <value>The default is <see langword="null"/>: no MUE edits.</value>
    public string? MueFile { get; set; }

    /// <summary>Gets or sets the Medicare Code Editor lists (<c>MCE_Simple_Code_Edits_v37.txt</c>), for the age, sex and manifestation edits.</summary>
    /// <value>The default is <see langword="null"/>: no MCE edits.</value>
    public string? MceFile { get; set; }

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

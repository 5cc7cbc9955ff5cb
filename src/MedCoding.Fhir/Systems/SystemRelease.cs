using MedCoding.CodeSets;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// One release of one code system as the FHIR operations see it: its concepts (codes and headers), their hierarchy,
/// notes and status. Each code system has its own view over its release type.
/// </summary>
internal abstract class SystemRelease(TerminologySystem system, Release release)
{
    public TerminologySystem System { get; } = system;

    public Release Release { get; } = release;

    public string Version => Release.Version;

    /// <summary>Gets every concept in the release's order (tabular order, table order, code order).</summary>
    public abstract IEnumerable<CodeEntry> Concepts { get; }

    /// <summary>Gets the number of concepts.</summary>
    public abstract int ConceptCount { get; }

    /// <summary>Gets a value indicating whether concepts have parents and children.</summary>
    public virtual bool IsHierarchical => false;

    /// <summary>Returns <see langword="null"/> when <paramref name="code"/> is well formed for the system, else why it is not.</summary>
    public abstract string? CheckFormat(string code);

    /// <summary>Returns the concept of a well-formed code, or <see langword="null"/> when the release does not hold it.</summary>
    public abstract CodeEntry? Find(string code);

    /// <summary>Returns the code as FHIR writes it in this system (ICD-10-CM and ICD-9-CM dotted).</summary>
    public virtual string CodeOf(CodeEntry entry) => entry.Name;

    public virtual string DisplayOf(CodeEntry entry) => entry.Title;

    public virtual string? ShortTitleOf(CodeEntry entry) => string.IsNullOrEmpty(entry.ShortTitle) ? null : entry.ShortTitle;

    /// <summary>Returns <see langword="false"/> for a header: in the code system, but not a code to report.</summary>
    public virtual bool IsSelectable(CodeEntry entry) => entry.IsBillable;

    public virtual bool IsInactive(CodeEntry entry) => false;

    public virtual CodeEntry? GetParent(CodeEntry entry) => null;

    public virtual IEnumerable<CodeEntry> GetChildren(CodeEntry entry) => [];

    /// <summary>Returns the concept and every concept below it, the concept first.</summary>
    public virtual IEnumerable<CodeEntry> SelfAndDescendants(CodeEntry entry) => [entry];

    /// <summary>Returns whether <paramref name="ancestor"/> is a proper ancestor of <paramref name="descendant"/>.</summary>
    public virtual bool IsAncestor(CodeEntry ancestor, CodeEntry descendant) => false;

    /// <summary>Returns the instructional notes written at the concept (ICD-10-CM with a Tabular List only).</summary>
    public virtual IReadOnlyList<Note> GetNotes(CodeEntry entry) => [];

    /// <summary>Returns what a header needs to become a reportable code, for the message of <c>$validate-code</c>.</summary>
    public virtual string DescribeHeader(CodeEntry entry) => $"{CodeOf(entry)} is a header in {Release.Name}, not a code to report.";
}

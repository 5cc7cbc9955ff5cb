namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one entry of CMS's ICD-10-PCS Definitions (<c>icd10pcs_definitions_YYYY.xml</c>, a <c>&lt;terms&gt;</c>
/// element): the values of one axis of one section it defines, with the definition, the explanation and what the value
/// includes, e.g. root operation Bypass, "Altering the route of passage of the contents of a tubular body part",
/// includes "Coronary artery bypass, colostomy formation"; or body parts 1st Toe, Left and 1st Toe, Right, includes
/// "Hallux".
/// </summary>
/// <remarks>
/// Root operations, approaches and types have a definition; body parts, devices and substances mostly a list of what
/// the value includes (the Body Part, Device and Substance Keys). A device defined for one body system, or for one root
/// operation in one body system, is titled so: <c>Autologous Arterial Tissue in Heart and Great Vessels</c>,
/// <c>Cardiac Lead, Defibrillator for Insertion in Heart and Great Vessels</c>; see <see cref="PcsDefinitions.Find(PcsTable, PcsAxisValue)"/>.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class PcsDefinition
{
    private readonly string[] _titles;
    private readonly string[] _includes;

    internal PcsDefinition(char section, string sectionTitle, PcsAxis axis, string axisTitle, string[] titles, string? definition, string? explanation, string[] includes)
    {
        Section = section;
        SectionTitle = sectionTitle;
        Axis = axis;
        AxisTitle = axisTitle;
        _titles = titles;
        Definition = definition;
        Explanation = explanation;
        _includes = includes;
    }

    /// <summary>Gets the section's character, e.g. <c>0</c> (Medical and Surgical) or <c>X</c> (New Technology).</summary>
    public char Section { get; }

    /// <summary>Gets the section's title as the Definitions give it, e.g. <c>Medical and Surgical</c>.</summary>
    public string SectionTitle { get; }

    /// <summary>Gets the position of the values defined, e.g. <see cref="PcsAxis.RootOperation"/>.</summary>
    public PcsAxis Axis { get; }

    /// <summary>Gets the title the Definitions give the position in this section, e.g. <c>Operation</c>, <c>Body Part</c>, <c>Type Qualifier</c>.</summary>
    public string AxisTitle { get; }

    /// <summary>Gets the values defined, as the Definitions title them (one or more), e.g. <c>1st Toe, Left</c> and <c>1st Toe, Right</c>.</summary>
    public IReadOnlyList<string> Titles => _titles;

    /// <summary>Gets the definition, or <see langword="null"/> where CMS gives none (most body parts and devices).</summary>
    public string? Definition { get; }

    /// <summary>Gets the explanation, e.g. "Principal purpose is to improve appearance", or <see langword="null"/>.</summary>
    public string? Explanation { get; }

    /// <summary>Gets what the values include, in the order published (anatomical terms, device and substance names, examples of procedures); empty when none.</summary>
    public IReadOnlyList<string> Includes => _includes;

    /// <summary>Returns the section, position and titles, and the definition if any, e.g. <c>0 Operation Bypass: Altering the route...</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        Definition is null
            ? $"{Section} {AxisTitle} {string.Join(" / ", _titles)}"
            : $"{Section} {AxisTitle} {string.Join(" / ", _titles)}: {Definition}";
}

using System.Collections.Frozen;

namespace MedCoding.Hcpcs.Modifiers;

/// <summary>
/// Returns the modifiers coders put on service lines: the CPT modifiers, by number with a neutral label of the
/// SDK's own, and the HCPCS Level II modifiers of a loaded HCPCS file, each with its categories.
/// </summary>
/// <remarks>
/// <para>
/// Without a HCPCS file (<see cref="CptOnly"/>), Level II modifiers are unknown, except that
/// <see cref="Categorize"/> still gives the category of any modifier code.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ModifierCatalog
{
    // Short neutral labels of our own for the CPT modifiers (the AMA's descriptors are licensed).
    private static readonly (string Code, string Label)[] s_cptModifiers =
    [
        ("22", "Unusually complex or extensive work"),
        ("23", "Anesthesia where usually none"),
        ("24", "Unrelated E/M during a postoperative period"),
        ("25", "Separate E/M on the day of a procedure"),
        ("26", "Professional part only"),
        ("27", "Several outpatient hospital E/M visits on one day"),
        ("32", "Service required by a payer or agency"),
        ("33", "Preventive service"),
        ("47", "Anesthesia given by the surgeon"),
        ("50", "Both sides"),
        ("51", "Several procedures in one session"),
        ("52", "Service cut short by choice"),
        ("53", "Procedure stopped for the patient's safety"),
        ("54", "Surgery only"),
        ("55", "Aftercare only"),
        ("56", "Preoperative care only"),
        ("57", "E/M leading to the decision to operate"),
        ("58", "Planned or staged follow-up procedure"),
        ("59", "Separate, independent service"),
        ("62", "Two surgeons"),
        ("63", "Procedure on an infant under 4 kg"),
        ("66", "Surgical team"),
        ("73", "Outpatient procedure stopped before anesthesia"),
        ("74", "Outpatient procedure stopped after anesthesia"),
        ("76", "Repeated by the same clinician"),
        ("77", "Repeated by another clinician"),
        ("78", "Unplanned related return to the operating room"),
        ("79", "Unrelated procedure during a postoperative period"),
        ("80", "Assistant surgeon"),
        ("81", "Minimal assistant surgeon"),
        ("82", "Assistant surgeon when no resident is available"),
        ("90", "Test sent to an outside laboratory"),
        ("91", "Laboratory test repeated"),
        ("92", "Test on another platform"),
        ("93", "Delivered by audio-only link"),
        ("95", "Delivered by real-time audio and video"),
        ("96", "Habilitative service"),
        ("97", "Rehabilitative service"),
        ("99", "Several modifiers apply"),
    ];

    private static readonly FrozenSet<string> s_pricing = FrozenSet.Create(StringComparer.Ordinal,
        "22", "26", "50", "51", "52", "53", "54", "55", "56", "62", "66", "73", "74", "78", "80", "81", "82",
        "TC", "AS", "AA", "AD", "QK", "QX", "QY", "QZ");

    private static readonly FrozenSet<string> s_anatomic = FrozenSet.Create(StringComparer.Ordinal,
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI");

    private static readonly FrozenSet<string> s_globalSurgery = FrozenSet.Create(StringComparer.Ordinal,
        "24", "25", "54", "55", "56", "57", "58", "78", "79");

    private static readonly FrozenSet<string> s_ncciOther = FrozenSet.Create(StringComparer.Ordinal,
        "24", "25", "57", "58", "78", "79", "27", "59", "91", "XE", "XS", "XP", "XU");

    private readonly FrozenDictionary<string, Modifier> _byCode;

    private ModifierCatalog(IEnumerable<Modifier> modifiers)
    {
        All = [.. modifiers.OrderBy(m => m.Source).ThenBy(m => m.Code, StringComparer.Ordinal)];
        _byCode = All.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets a catalogue of the CPT modifiers alone (no HCPCS file loaded).</summary>
    public static ModifierCatalog CptOnly { get; } = new(CptModifiers());

    /// <summary>Gets every modifier of the catalogue, CPT first, each set ordered by code.</summary>
    public IReadOnlyList<Modifier> All { get; }

    /// <summary>Returns a catalogue of the CPT modifiers and the Level II modifiers of a HCPCS release.</summary>
    /// <param name="level2">The HCPCS Level II release whose modifier records to take.</param>
    /// <returns>The catalogue.</returns>
    public static ModifierCatalog Create(HcpcsLevel2Release level2)
    {
        ArgumentNullException.ThrowIfNull(level2);
        var level2Modifiers = level2.Modifiers.Select(r => new Modifier(r.Code, ModifierSource.HcpcsLevel2, r.LongDescription, Categorize(r.Code), r));
        return new ModifierCatalog(CptModifiers().Concat(level2Modifiers));
    }

    /// <summary>Returns the categories of a modifier code, whether or not a catalogue knows it.</summary>
    /// <param name="code">The two-character modifier, e.g. <c>59</c>.</param>
    /// <returns>The categories; <see cref="ModifierCategory.None"/> for an informational modifier or an unknown code.</returns>
    public static ModifierCategory Categorize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Trim().ToUpperInvariant();
        var categories = ModifierCategory.None;
        if (s_pricing.Contains(normalized))
        {
            categories |= ModifierCategory.Pricing;
        }

        if (s_anatomic.Contains(normalized))
        {
            categories |= ModifierCategory.Anatomic | ModifierCategory.NcciAssociated;
        }

        if (s_globalSurgery.Contains(normalized))
        {
            categories |= ModifierCategory.GlobalSurgery;
        }

        if (s_ncciOther.Contains(normalized))
        {
            categories |= ModifierCategory.NcciAssociated;
        }

        return categories | normalized switch
        {
            "50" => ModifierCategory.Bilateral,
            "26" => ModifierCategory.ProfessionalComponent,
            "TC" => ModifierCategory.TechnicalComponent,
            "76" or "77" or "91" => ModifierCategory.Repeat,
            "LT" => ModifierCategory.Left,
            "RT" => ModifierCategory.Right,
            _ => ModifierCategory.None,
        };
    }

    /// <summary>Returns a modifier by its code, in any case.</summary>
    /// <param name="code">The two-character modifier, e.g. <c>lt</c>.</param>
    /// <returns>The modifier, or <see langword="null"/> when the catalogue does not have it.</returns>
    public Modifier? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out var modifier) || _byCode.TryGetValue(code.Trim().ToUpperInvariant(), out modifier) ? modifier : null;
    }

    /// <summary>Returns the modifiers of one category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The modifiers, in catalogue order.</returns>
    public IEnumerable<Modifier> InCategory(ModifierCategory category) => All.Where(m => m.Is(category));

    private static IEnumerable<Modifier> CptModifiers() =>
        s_cptModifiers.Select(m => new Modifier(m.Code, ModifierSource.Cpt, m.Label, Categorize(m.Code), null));
}

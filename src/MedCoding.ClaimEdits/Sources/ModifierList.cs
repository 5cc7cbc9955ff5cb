using System.Collections.Frozen;
using System.Text;
using MedCoding.Lookup;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns a list of modifiers: HCPCS Level II modifiers read from CMS's alpha-numeric HCPCS file, CPT
/// (Level I) modifiers by shape, and their categories from <see cref="NcciModifierPolicy"/>.
/// </summary>
/// <remarks>
/// CPT modifiers are the AMA's and are not in the CMS file: any two-digit modifier is taken as a Level I
/// modifier unless the caller passes the Level I list from a licensed file.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ModifierList : IModifierSource
{
    private readonly FrozenDictionary<string, ModifierInfo> _level2;
    private readonly FrozenSet<string>? _level1;
    private readonly ModifierInfo[] _numeric = new ModifierInfo[100];

    /// <summary>Initializes the list.</summary>
    /// <param name="level2Modifiers">The HCPCS Level II modifiers.</param>
    /// <param name="level1Modifiers">The CPT modifiers from a licensed file, or <see langword="null"/> to accept any two digits.</param>
    public ModifierList(IEnumerable<string> level2Modifiers, IEnumerable<string>? level1Modifiers = null)
    {
        ArgumentNullException.ThrowIfNull(level2Modifiers);
        _level2 = level2Modifiers.Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(m => m, m => new ModifierInfo(m, ModifierCategories.LevelII | CategoriesOf(m)), StringComparer.Ordinal);
        _level1 = level1Modifiers?.ToFrozenSet(StringComparer.Ordinal);
        for (var i = 0; i < 100; i++)
        {
            var code = i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            _numeric[i] = new ModifierInfo(code, ModifierCategories.LevelI | CategoriesOf(code));
        }
    }

    /// <summary>
    /// Gets a list of the modifiers NCCI policy names (<see cref="NcciModifierPolicy"/>) and TC, with their
    /// categories: what the edits use to recognise LT, RT, 50, 26, TC and the bypass modifiers when no HCPCS file is loaded.
    /// </summary>
    public static ModifierList NcciPolicy { get; } = new([.. NcciModifierPolicy.Associated.Where(m => !char.IsAsciiDigit(m[0])), "TC"]);

    /// <summary>Gets the number of Level II modifiers.</summary>
    public int Level2Count => _level2.Count;

    /// <summary>Returns the list with the Level II modifiers of CMS's alpha-numeric HCPCS file (<c>HCPC2019_CONTR_ANWEB.txt</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="DataFileException">The file is missing or malformed.</exception>
    public static ModifierList LoadHcpcsFile(string path) => new(HcpcsAlphaNumericFile.Read(path).Modifiers);

    /// <inheritdoc />
    public ModifierInfo? Find(string modifier)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        if (modifier.Length == 2 && char.IsAsciiDigit(modifier[0]) && char.IsAsciiDigit(modifier[1]))
        {
            return _level1 is null || _level1.Contains(modifier) ? _numeric[((modifier[0] - '0') * 10) + (modifier[1] - '0')] : null;
        }

        return _level2.GetValueOrDefault(modifier);
    }

    private static ModifierCategories CategoriesOf(string code)
    {
        var categories = ModifierCategories.None;
        if (NcciModifierPolicy.Anatomic.Contains(code))
        {
            categories |= ModifierCategories.Anatomic;
        }

        if (NcciModifierPolicy.Associated.Contains(code))
        {
            categories |= ModifierCategories.NcciAssociated;
        }

        categories |= code switch
        {
            "50" => ModifierCategories.Bilateral,
            "26" => ModifierCategories.ProfessionalComponent,
            "TC" => ModifierCategories.TechnicalComponent,
            "76" or "77" or "91" => ModifierCategories.Repeat,
            "LT" => ModifierCategories.Left,
            "RT" => ModifierCategories.Right,
            _ => ModifierCategories.None,
        };
        return categories;
    }
}

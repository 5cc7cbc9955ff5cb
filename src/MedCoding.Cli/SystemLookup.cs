using System.CommandLine;

namespace MedCoding.Cli;

/// <summary>
/// The <c>--system</c> option of <c>lookup</c>, and the hand-off of every system other than ICD-10-CM to its own lookup.
/// </summary>
internal static class SystemLookup
{
    public const string Icd10Cm = "cm";

    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--system")
        {
            Description = "Code system: cm (ICD-10-CM, the default); pcs (ICD-10-PCS: --data holds the order file, the Tables XML, or both); "
                + "hcpcs (HCPCS Level II: --data holds HCPCyyyy_CONTR_ANWEB.txt); cpt (--data holds a licensed cptYYYY.txt, code TAB descriptor; without it codes are recognised by shape only); "
                + "modifier (CPT modifiers, and Level II modifiers when --data holds the HCPCS file).",
            DefaultValueFactory = _ => Icd10Cm,
        };
        option.AcceptOnlyFromAmong(Icd10Cm, "pcs", "hcpcs", "cpt", "modifier");
        return option;
    }

    /// <summary>Returns whether <paramref name="system"/> is answered here rather than by the ICD-10-CM lookup.</summary>
    public static bool Handles(string? system) => system is not null and not Icd10Cm;

    /// <summary>Answers every input with the lookup of <paramref name="system"/>; with <paramref name="json"/>, one JSON line each.</summary>
    public static int Run(string system, string dataDirectory, bool json, IEnumerable<string> inputs, TextWriter stdout, TextWriter stderr)
    {
        using var lines = json ? new JsonLine(stdout) : null;
        Func<string, bool> answer = system switch
        {
            "pcs" => PcsLookup.Create(dataDirectory, lines, stdout, stderr),
            "hcpcs" => HcpcsLookup.Create(dataDirectory, lines, stdout),
            "cpt" => CptLookup.Create(dataDirectory, lines, stdout, stderr),
            "modifier" => ModifierLookup.Create(dataDirectory, lines, stdout, stderr),
            _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown code system."),
        };

        var allFound = true;
        foreach (var input in inputs)
        {
            allFound &= answer(input);
        }

        return allFound ? ExitCodes.Success : ExitCodes.NotFound;
    }
}

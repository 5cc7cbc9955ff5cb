using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Icd10Pcs;
using Microsoft.Extensions.DependencyInjection;
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
            Description = "Code system: cm (ICD-10-CM, the default); pcs (ICD-10-PCS); hcpcs (HCPCS Level II); modifier (CPT and Level II modifiers); "
                + "cpt (--data holds a licensed cptYYYY.txt, code TAB descriptor; without it codes are recognised by shape only). "
                + "Without --data the embedded releases answer: the newest, or the one in force on --date; --data names a folder of that system's official files instead.",
            DefaultValueFactory = _ => Icd10Cm,
        };
        option.AcceptOnlyFromAmong(Icd10Cm, "pcs", "hcpcs", "cpt", "modifier");
        return option;
    }

    /// <summary>Returns whether <paramref name="system"/> is answered here rather than by the ICD-10-CM lookup.</summary>
    public static bool Handles(string? system) => system is not null and not Icd10Cm;

    public static int Run(string system, DirectoryInfo? data, DateOnly? date, bool json, IEnumerable<string> inputs, TextWriter stdout, TextWriter stderr)
    {
        using var services = CliServices.Build();
        Func<string, bool> answer = system switch
        {
            "pcs" => PcsLookup.Create(data is null ? InForce<PcsRelease>(services, date) : PcsRelease.LoadFolder(data.FullName), json, stdout, stderr),
            "hcpcs" => HcpcsLookup.Create(data is null ? InForce<HcpcsLevel2Release>(services, date) : HcpcsLevel2Release.LoadFolder(data.FullName), json, stdout),
            "cpt" => CptLookup.Create(data?.FullName, json, stdout, stderr),
            "modifier" => ModifierLookup.Create(data is null ? InForce<HcpcsLevel2Release>(services, date) : HcpcsFolder(data), json, stdout, stderr),
            _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown code system."),
        };

        var allFound = true;
        foreach (var input in inputs)
        {
            allFound &= answer(input);
        }

        return allFound ? ExitCodes.Success : ExitCodes.NotFound;
    }

    /// <summary>Returns the release of the composed services' schedule: the newest, or the one in force on the date.</summary>
    /// <exception cref="NoReleaseInForceException">No release is in force on the date.</exception>
    private static T InForce<T>(IServiceProvider services, DateOnly? date)
        where T : class
    {
        var schedule = services.GetRequiredService<ReleaseSchedule<T>>();
        return date is { } day ? schedule.GetInForceOn(day) : schedule.Newest;
    }

    private static HcpcsLevel2Release? HcpcsFolder(DirectoryInfo data) =>
        Directory.Exists(data.FullName) && Directory.GetFiles(data.FullName, "HCPC*_CONTR_ANWEB.txt").Length > 0 ? HcpcsLevel2Release.LoadFolder(data.FullName) : null;
}

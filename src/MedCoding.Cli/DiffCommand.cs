using System.CommandLine;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding diff --from 2025 --to 2026 [--json]</c>: the codes and headers added, deleted and revised between two
/// releases, as the CMS addenda list them.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout)
    {
        var from = new Option<string>("--from")
        {
            Description = "The earlier release: an embedded version (2025, FY2025, 2025-04), a folder of official files, or a compiled file.",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "The later release, named the same ways.",
            Required = true,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object per line: {\"change\":\"added\",\"code\":\"E72.530\",\"billable\":true,\"title\":\"...\"}.",
        };
        var command = new Command("diff", "List the codes and headers added, deleted and revised (title changed) between two ICD-10-CM releases.")
        {
            from, to, json,
        };
        command.SetAction(parse =>
        {
            var diff = Icd10CmReleaseDiff.Between(ReleaseSource.Named(parse.GetRequiredValue(from)), ReleaseSource.Named(parse.GetRequiredValue(to)));
            if (parse.GetValue(json))
            {
                WriteJson(stdout, diff);
            }
            else
            {
                WriteText(stdout, diff);
            }

            return ExitCodes.Success;
        });

        return command;
    }

    internal static string ChangeName(CodeChangeKind change) => change switch
    {
        CodeChangeKind.Added => "added",
        CodeChangeKind.Deleted => "deleted",
        CodeChangeKind.Revised => "revised",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    private static void WriteJson(TextWriter output, Icd10CmReleaseDiff diff)
    {
        using var lines = new JsonLine(output);
        foreach (var change in diff.Changes)
        {
            var writer = lines.StartLine();
            writer.WriteString("change", ChangeName(change.Change));
            writer.WriteString("code", change.Code);
            writer.WriteBoolean("billable", change.IsBillable);
            writer.WriteString("title", change.Title);
            if (change.PreviousTitle is not null)
            {
                writer.WriteString("previousTitle", change.PreviousTitle);
            }

            lines.EndLine();
        }
    }

    private static void WriteText(TextWriter output, Icd10CmReleaseDiff diff)
    {
        foreach (var change in diff.Changes)
        {
            var what = change.IsBillable ? "code  " : "header";
            output.WriteLine($"{ChangeName(change.Change),-8} {what} {change.Code,-8} {change.Title}");
            if (change.Change == CodeChangeKind.Revised)
            {
                output.WriteLine($"{string.Empty,-24} was: {change.PreviousTitle}{(change.PreviousShortTitle != change.ShortTitle ? $" (short: {change.PreviousShortTitle} -> {change.ShortTitle})" : string.Empty)}");
            }
        }

        output.WriteLine();
        output.WriteLine(diff.ToString());
    }
}

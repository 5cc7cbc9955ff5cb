using System.CommandLine;
using System.Text.Json;
using MedCoding.Gems;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding map [CODE ...] --to icd10cm|icd9cm [--data DIR] [--json]</c>: translates diagnosis codes through the
/// GEMs, showing no maps, alternatives and combination scenarios as what they are.
/// </summary>
internal static class MapCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var codes = new Argument<string[]>("code")
        {
            Description = "Codes to map (250.00, E11.9). With none, one code per line is read from standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var to = new Option<string>("--to")
        {
            Description = "The code set to map to: icd10cm (from ICD-9-CM, the forward GEM) or icd9cm (from ICD-10-CM, the backward GEM).",
            Required = true,
        };
        to.AcceptOnlyFromAmong("icd10cm", "icd9cm");
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder holding GEM files (YYYY_I9gem.txt and YYYY_I10gem.txt) to use instead of the embedded 2018 GEMs.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line." };
        var command = new Command("map", "Map diagnosis codes between ICD-9-CM and ICD-10-CM through the CMS General Equivalence Mappings.")
        {
            codes, to, data, json,
        };

        command.SetAction(parse =>
        {
            using var services = CliServices.Build(options => options.GemsFolder = parse.GetValue(data)?.FullName);
            var gems = services.GetRequiredService<DiagnosisGems>();
            var direction = parse.GetRequiredValue(to) == "icd10cm" ? GemDirection.Icd9ToIcd10 : GemDirection.Icd10ToIcd9;
            var asJson = parse.GetValue(json);
            foreach (var irregularity in gems.Irregularities)
            {
                if (!asJson)
                {
                    stderr.WriteLine($"note: {irregularity}");
                }
            }

            using var writer = asJson ? new JsonLine(stdout) : null;
            var inputs = parse.GetValue(codes) is { Length: > 0 } given ? given : ReadLines(stdin);
            var allFound = true;
            foreach (var input in inputs)
            {
                var mapping = gems.Map(input, direction);
                if (mapping is null)
                {
                    allFound = false;
                    var error = $"{input.Trim()} is not {(direction == GemDirection.Icd9ToIcd10 ? "an ICD-9-CM" : "an ICD-10-CM")} source code of the {gems.Year} GEMs.";
                    if (writer is not null)
                    {
                        writer.WriteNotFound(input.Trim(), null, error);
                    }
                    else
                    {
                        stdout.WriteLine($"{input.Trim()}  NOT FOUND: {error}{Environment.NewLine}");
                    }

                    continue;
                }

                if (writer is not null)
                {
                    writer.Write(j => WriteJson(j, mapping));
                }
                else
                {
                    WriteText(stdout, mapping);
                }
            }

            return allFound ? ExitCodes.Success : ExitCodes.NotFound;
        });

        return command;
    }

    private static void WriteJson(Utf8JsonWriter j, GemMapping mapping)
    {
        var forward = mapping.Direction == GemDirection.Icd9ToIcd10;
        j.WriteString("code", mapping.DisplaySource);
        j.WriteBoolean("found", true);
        j.WriteString("system", forward ? "ICD-9-CM" : "ICD-10-CM");
        j.WriteString("to", forward ? "ICD-10-CM" : "ICD-9-CM");
        j.WriteBoolean("noMap", mapping.IsNoMap);
        j.WriteBoolean("exact", mapping.IsExact);
        j.WriteStartArray("alternatives");
        foreach (var alternative in mapping.Alternatives)
        {
            WriteTarget(j, alternative);
        }

        j.WriteEndArray();
        j.WriteStartArray("scenarios");
        foreach (var scenario in mapping.Scenarios)
        {
            j.WriteStartObject();
            j.WriteNumber("scenario", scenario.Number);
            j.WriteStartArray("choiceLists");
            foreach (var list in scenario.ChoiceLists)
            {
                j.WriteStartObject();
                j.WriteNumber("choiceList", list.Number);
                j.WriteStartArray("codes");
                foreach (var target in list.Targets)
                {
                    WriteTarget(j, target);
                }

                j.WriteEndArray();
                j.WriteEndObject();
            }

            j.WriteEndArray();
            j.WriteEndObject();
        }

        j.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter j, GemEntry entry)
    {
        j.WriteStartObject();
        j.WriteString("code", entry.DisplayTarget);
        j.WriteBoolean("approximate", entry.Flags.IsApproximate);
        j.WriteString("flags", entry.Flags.ToString());
        j.WriteEndObject();
    }

    private static void WriteText(TextWriter output, GemMapping mapping)
    {
        var forward = mapping.Direction == GemDirection.Icd9ToIcd10;
        output.WriteLine($"{mapping.DisplaySource}  ({(forward ? "ICD-9-CM -> ICD-10-CM" : "ICD-10-CM -> ICD-9-CM")})");
        if (mapping.IsNoMap)
        {
            output.WriteLine("  No map: the GEM gives no equivalent.");
        }

        if (mapping.Alternatives.Count > 0)
        {
            output.WriteLine(mapping.Alternatives.Count == 1 && mapping.Scenarios.Count == 0 ? "  Maps to:" : "  Alternatives (each one a complete coding on its own):");
            foreach (var alternative in mapping.Alternatives)
            {
                output.WriteLine($"    {alternative.DisplayTarget,-9}{(alternative.Flags.IsApproximate ? "approximate" : "exact")}");
            }
        }

        foreach (var scenario in mapping.Scenarios)
        {
            output.WriteLine($"  Combination, scenario {scenario.Number} (code one from each list, together):");
            foreach (var list in scenario.ChoiceLists)
            {
                output.WriteLine($"    list {list.Number}: {string.Join(" | ", list.Targets.Select(t => t.DisplayTarget))}");
            }
        }

        output.WriteLine();
    }

    private static IEnumerable<string> ReadLines(TextReader reader) => LookupCommand.ReadLines(reader);
}

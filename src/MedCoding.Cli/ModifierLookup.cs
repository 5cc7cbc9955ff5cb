using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.Cli;

/// <summary>
/// <c>lookup --system modifier</c>: CPT modifiers by number (the SDK's neutral labels) and, when the data folder
/// holds the HCPCS alpha-numeric file, Level II modifiers with their full record; each with its categories.
/// </summary>
internal static class ModifierLookup
{
    public static Func<string, bool> Create(HcpcsLevel2Release? level2, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (level2 is null && !json)
        {
            stderr.WriteLine("note: no HCPCS alpha-numeric file in the data folder: only CPT modifiers are known.");
        }

        var catalog = level2 is null ? ModifierCatalog.CptOnly : ModifierCatalog.Create(level2);
        var writer = new JsonLine(stdout);
        return input =>
        {
            var modifier = catalog.Find(input);
            if (modifier is null)
            {
                var error = input.Trim().Length == 2
                    ? $"{input.Trim().ToUpperInvariant()} is not a CPT modifier{(level2 is null ? "; load the HCPCS file for Level II modifiers" : $" nor a Level II modifier of {level2.Release.Name}")}."
                    : "A modifier has two characters.";
                if (json)
                {
                    writer.WriteNotFound(input.Trim(), null, error);
                }
                else
                {
                    stdout.WriteLine($"{input.Trim()}  NOT FOUND: {error}{Environment.NewLine}");
                }

                return false;
            }

            var categories = Enum.GetValues<ModifierCategory>().Where(c => c != ModifierCategory.None && modifier.Is(c))
                .Select(c => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.ToString())).ToList();
            if (json)
            {
                writer.Write(j =>
                {
                    j.WriteString("code", modifier.Code);
                    j.WriteBoolean("found", true);
                    j.WriteString("system", modifier.Source == ModifierSource.Cpt ? "CPT" : "HCPCS Level II");
                    JsonLine.WriteOptional(j, "release", modifier.Record is null ? null : level2!.Release.Version);
                    j.WriteString("kind", "modifier");
                    j.WriteString("title", modifier.Label);
                    if (modifier.Record is { } record)
                    {
                        j.WriteString("shortTitle", record.ShortDescription);
                    }
                    else
                    {
                        j.WriteString("labelSource", "MedCoding.Sdk neutral label, not AMA text");
                    }

                    JsonLine.WriteStrings(j, "categories", categories);
                    j.WriteBoolean("ncciAssociated", modifier.IsNcciAssociated);
                    if (modifier.Record is { } full)
                    {
                        HcpcsLookup.WriteFields(j, full);
                    }
                });
            }
            else
            {
                stdout.WriteLine($"{modifier.Code}  {modifier.Label}");
                stdout.WriteLine($"  {(modifier.Source == ModifierSource.Cpt ? "CPT modifier (neutral label)" : $"HCPCS Level II modifier, {level2!.Release.Name}")}; categories: {(categories.Count == 0 ? "informational" : string.Join(", ", categories))}");
                stdout.WriteLine();
            }

            return true;
        };
    }
}

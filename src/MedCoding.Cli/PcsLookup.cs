using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;

namespace MedCoding.Cli;

/// <summary>
/// <c>lookup --system pcs</c>: ICD-10-PCS codes and tables, with the seven axes (labels and the root operation's
/// definition when the folder has the Tables XML).
/// </summary>
internal static class PcsLookup
{
    public static Func<string, bool> Create(PcsRelease release, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (release.Limitations is { } limitations && !json)
        {
            stderr.WriteLine($"note: {limitations}");
        }

        var writer = new JsonLine(stdout);
        return input =>
        {
            var entry = release.Find(input);
            if (entry is null)
            {
                var error = PcsCode.TryParse(input, out var code, out var parseError)
                    ? $"{code} is not a valid code in {release.Release.Name}."
                    : parseError;
                if (json)
                {
                    writer.WriteNotFound(input.Trim(), "ICD-10-PCS", error);
                }
                else
                {
                    stdout.WriteLine($"{input.Trim()}  NOT FOUND: {error}{Environment.NewLine}");
                }

                return false;
            }

            var decoded = entry.Kind == EntryKind.Code ? release.Decode(PcsCode.FromNormalized(entry.Name)) : null;
            if (json)
            {
                WriteJson(writer, release, entry, decoded);
            }
            else
            {
                WriteText(stdout, release, entry, decoded);
            }

            return true;
        };
    }

    private static void WriteJson(JsonLine writer, PcsRelease release, CodeEntry entry, PcsDecodedCode? decoded) => writer.Write(json =>
    {
        json.WriteString("code", entry.Name);
        json.WriteBoolean("found", true);
        json.WriteString("system", release.Release.System.DisplayName());
        json.WriteString("release", release.Release.Version);
        json.WriteString("kind", entry.Kind == EntryKind.Table ? "table" : "code");
        json.WriteBoolean("billable", entry.IsBillable);
        json.WriteString("title", entry.Title);
        json.WriteString("shortTitle", entry.ShortTitle);
        if (entry.Kind == EntryKind.Code)
        {
            json.WriteString("table", entry.Name[..3]);
        }

        json.WriteBoolean("axesAvailable", release.Tables is not null);
        json.WriteStartArray("axes");
        for (var i = 0; i < entry.Name.Length; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("position", i + 1);
            json.WriteString("character", entry.Name[i].ToString());
            var value = decoded?.Axes[i] ?? TableAxis(release, entry, i);
            if (value is not null)
            {
                json.WriteString("name", value.AxisTitle);
                json.WriteString("label", value.Label);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonLine.WriteOptional(json, "rootOperationDefinition", decoded?.RootOperationDefinition ?? (entry.Kind == EntryKind.Table ? release.Tables?.FindTable(entry.Name)?.Definition : null));
    });

    private static PcsAxisValue? TableAxis(PcsRelease release, CodeEntry entry, int index)
    {
        var table = release.Tables?.FindTable(entry.Name);
        return (table, index) switch
        {
            (null, _) => null,
            (_, 0) => table.Section,
            (_, 1) => table.BodySystem,
            (_, 2) => table.RootOperation,
            _ => null,
        };
    }

    private static void WriteText(TextWriter output, PcsRelease release, CodeEntry entry, PcsDecodedCode? decoded)
    {
        output.WriteLine($"{entry.Name}  {entry.Title}");
        output.WriteLine($"  {release.Release.Name}, {(entry.Kind == EntryKind.Table ? "table (header, not a code)" : "valid code")}");
        if (!string.Equals(entry.ShortTitle, entry.Title, StringComparison.Ordinal))
        {
            output.WriteLine($"  Short title: {entry.ShortTitle}");
        }

        if (decoded is not null)
        {
            foreach (var axis in decoded.Axes)
            {
                output.WriteLine($"  {(int)axis.Axis} {axis.AxisTitle,-32} {axis.Character}  {axis.Label}");
            }

            if (decoded.RootOperationDefinition is { } definition)
            {
                output.WriteLine($"  {decoded.Table.RootOperation.Label}: {definition}");
            }
        }

        output.WriteLine();
    }
}

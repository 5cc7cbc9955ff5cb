using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>Writes a readable view of a lookup, the way a coder reads the Tabular List.</summary>
internal sealed class TextLookupView(TextWriter output) : ILookupView
{
    public void WriteFound(Icd10CmRelease release, CodeEntry entry)
    {
        output.WriteLine($"{entry.Name}  {entry.Title}");
        output.WriteLine($"  {release.Release.Name}, {JsonLookupView.KindName(entry.Kind)}, {(entry.IsBillable ? "billable" : "not billable (header: code to a greater specificity)")}");
        if (!string.Equals(entry.ShortTitle, entry.Title, StringComparison.Ordinal))
        {
            output.WriteLine($"  Short title: {entry.ShortTitle}");
        }

        var ancestors = release.GetAncestors(entry).Reverse().ToList();
        foreach (var (ancestor, depth) in ancestors.Select((a, i) => (a, i)))
        {
            output.WriteLine($"  {new string(' ', depth * 2)}{Label(ancestor)}: {ancestor.Title}");
        }

        var children = release.GetChildren(entry).ToList();
        if (children.Count > 0)
        {
            output.WriteLine($"  Codes below ({children.Count}):");
            foreach (var child in children)
            {
                output.WriteLine($"    {child.Name,-8} {(child.IsBillable ? " " : "-")} {child.Title}");
            }
        }

        foreach (var note in release.GetNotes(entry).Notes)
        {
            output.WriteLine($"  {note.Kind}: {note.Text}");
        }

        foreach (var inherited in release.GetInheritedNotes(entry))
        {
            output.WriteLine($"  {inherited.Note.Kind} (from {Label(inherited.Source)}): {inherited.Note.Text}");
        }

        var seventh = release.GetSeventhCharacters(entry, out var definedAt);
        if (definedAt is not null)
        {
            output.WriteLine($"  7th characters (from {definedAt.Name}): {string.Join("; ", seventh.Select(s => $"{s.Character} {s.Meaning}"))}");
        }

        output.WriteLine();
    }

    public void WriteNotFound(string code, string error) => output.WriteLine($"{code}  NOT FOUND: {error}{Environment.NewLine}");

    private static string Label(CodeEntry entry) => entry.Kind switch
    {
        EntryKind.Chapter => $"Chapter {entry.Name}",
        EntryKind.Block => $"Block {entry.Name}",
        _ => entry.Name,
    };
}

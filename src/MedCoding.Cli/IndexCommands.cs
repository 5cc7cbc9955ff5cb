using System.CommandLine;
using MedCoding.Data;
using MedCoding.Encoder;
using MedCoding.CodeSets;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding index "Diabetes"</c> (a main term's tree; <c>--external</c>, <c>--pcs</c> for the other indexes),
/// <c>medcoding drug acetaminophen</c> (a row of the Table of Drugs and Chemicals) and <c>medcoding neoplasm "lung, upper lobe"</c>
/// (a row of the Neoplasm Table), from the embedded indexes.
/// </summary>
/// <remarks>Exit codes: 0 found; 1 no such term.</remarks>
internal static class IndexCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout)
    {
        yield return CreateIndex(stdout);
        yield return CreateTable("drug", "Show a row of the Table of Drugs and Chemicals (and its subterms' rows): the code of each column.", "The substance, e.g. acetaminophen.", () => IndexData.Drugs, null, stdout);
        yield return CreateTable("neoplasm", "Show a row of the Neoplasm Table: the code of each column (malignant primary ... unspecified behavior).", "The site, subterms after commas, e.g. \"lung, upper lobe\".", () => IndexData.Neoplasms, "Neoplasm", stdout);
    }

    private static Command CreateIndex(TextWriter stdout)
    {
        var term = new Argument<string>("term") { Description = "The main term, e.g. Diabetes (case-insensitive; the part before a comma is enough)." };
        var external = new Option<bool>("--external") { Description = "Look in the External Cause Index instead of the Alphabetic Index." };
        var pcs = new Option<bool>("--pcs") { Description = "Look in the ICD-10-PCS Index instead of the Alphabetic Index." };
        var command = new Command("index", "Show a main term of an index as a tree: subterms, codes, cross-references.") { term, external, pcs };
        command.SetAction(parse =>
        {
            var index = parse.GetValue(pcs) ? IndexData.Procedures : parse.GetValue(external) ? IndexData.ExternalCauses : IndexData.Diseases;
            var main = index.GetMainTerm(parse.GetValue(term)!);
            if (main is null)
            {
                stdout.WriteLine($"{MessageText.Quote($"{parse.GetValue(term)}")} is not a main term of the {index.Title ?? index.Kind.ToString()}.");
                return ExitCodes.NotFound;
            }

            stdout.WriteLine($"{index.Title ?? index.Kind.ToString()} ({index.Version})");
            WriteTree(stdout, main);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateTable(string name, string description, string termDescription, Func<AlphabeticIndex> table, string? mainTerm, TextWriter stdout)
    {
        var term = new Argument<string>("term") { Description = termDescription };
        var command = new Command(name, description) { term };
        command.SetAction(parse =>
        {
            var index = table();
            var text = parse.GetValue(term)!;
            var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var found = mainTerm is null ? index.GetMainTerm(parts[0]) : index.GetMainTerm(mainTerm);
            foreach (var part in mainTerm is null ? parts.Skip(1) : parts)
            {
                found = found?.Subterms.FirstOrDefault(s => string.Equals(s.Title, part, StringComparison.OrdinalIgnoreCase))
                    ?? found?.Subterms.FirstOrDefault(s => s.Title.StartsWith(part, StringComparison.OrdinalIgnoreCase));
            }

            if (found is null)
            {
                stdout.WriteLine($"{MessageText.Quote(text)} is not in the {index.Title ?? index.Kind.ToString()}.");
                return ExitCodes.NotFound;
            }

            stdout.WriteLine($"{index.Title ?? index.Kind.ToString()} ({index.Version})");
            stdout.WriteLine(string.Join(" > ", found.Path.Select(t => t.TitleWithModifiers)));
            WriteRow(stdout, index, found, "  ");
            foreach (var subterm in found.Subterms)
            {
                stdout.WriteLine($"  - {subterm.TitleWithModifiers}");
                WriteRow(stdout, index, subterm, "      ");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteRow(TextWriter output, AlphabeticIndex index, IndexTerm term, string indent)
    {
        for (var i = 0; i < index.ColumnHeadings.Count && i < term.Cells.Count; i++)
        {
            output.WriteLine($"{indent}{index.ColumnHeadings[i],-40} {term.Cells[i] ?? "--"}");
        }

        foreach (var reference in term.CrossReferences)
        {
            output.WriteLine($"{indent}{reference}");
        }
    }

    private static void WriteTree(TextWriter output, IndexTerm term)
    {
        var indent = new string(' ', 2 * term.Level);
        var code = term.Code ?? term.PcsCodes;
        output.WriteLine($"{indent}{(term.Title.Length == 0 ? "-" : term.TitleWithModifiers)}{(code is null ? string.Empty : " " + code)}{(term.Manifestation is null ? string.Empty : $" [{term.Manifestation}]")}");
        foreach (var reference in term.CrossReferences)
        {
            output.WriteLine($"{indent}  ({reference})");
        }

        foreach (var subterm in term.Subterms)
        {
            WriteTree(output, subterm);
        }
    }
}

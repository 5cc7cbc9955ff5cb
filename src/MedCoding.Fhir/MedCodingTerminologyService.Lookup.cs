using Hl7.Fhir.Model;
using MedCoding.CodeSets;
using MedCoding.Fhir.Systems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <summary>The properties <c>$lookup</c> returns: the hierarchy, the header flag, the status and the notes.</summary>
    internal static readonly string[] StandardProperties = ["parent", "child", "notSelectable", "inactive", "kind"];

    /// <inheritdoc />
    /// <remarks>
    /// <para>Input: <c>code</c> and <c>system</c>, or <c>coding</c>; <c>version</c> or <c>date</c> selects the release;
    /// <c>property</c> (repeated) limits the properties returned. Output: <c>name</c>, <c>version</c>, <c>display</c> (the
    /// long title), a <c>designation</c> with the short title, and the properties <c>parent</c>, <c>child</c>,
    /// <c>notSelectable</c> (true for a header), <c>inactive</c>, <c>kind</c> and, where the release has a Tabular List,
    /// one property per instructional note (<c>excludes1</c>, <c>codeFirst</c> ...).</para>
    /// <para>A malformed code is a 400 error, a code not in the release a 404, as a terminology server answers.</para>
    /// </remarks>
    public Task<Parameters> Lookup(Parameters parameters, bool useGet = false) => Run(() => Lookup(new OperationParameters(parameters)));

    private Parameters Lookup(OperationParameters input)
    {
        var (code, codingSystem, codingVersion, _) = RequireCoding(input);
        var system = GetSystem(input.String("system") ?? codingSystem);
        var release = system.Resolve(input.String("version") ?? codingVersion, input.Date("date"));
        var entry = RequireCode(release, code, "code");
        var wanted = input.Strings("property").ToHashSet(StringComparer.Ordinal);
        bool Wants(string property) => wanted.Count == 0 || wanted.Contains(property);

        var result = new Parameters();
        result.Add("name", new FhirString(system.Title));
        result.Add("version", new FhirString(release.Version));
        result.Add("display", new FhirString(release.DisplayOf(entry)));
        if (release.ShortTitleOf(entry) is { } shortTitle && (wanted.Count == 0 || wanted.Contains("designation")))
        {
            OperationParameters.AddParts(result, "designation", ("use", ShortTitleUse), ("value", new FhirString(shortTitle)));
        }

        if (Wants("parent") && release.GetParent(entry) is { } parent)
        {
            AddProperty(result, "parent", new Code(release.CodeOf(parent)));
        }

        if (Wants("child"))
        {
            foreach (var child in release.GetChildren(entry))
            {
                AddProperty(result, "child", new Code(release.CodeOf(child)));
            }
        }

        if (Wants("notSelectable"))
        {
            AddProperty(result, "notSelectable", new FhirBoolean(!release.IsSelectable(entry)));
        }

        if (Wants("inactive"))
        {
            AddProperty(result, "inactive", new FhirBoolean(release.IsInactive(entry)));
        }

        if (Wants("kind"))
        {
            AddProperty(result, "kind", new Code(KindName(entry.Kind)));
        }

        foreach (var note in release.GetNotes(entry))
        {
            var name = note.Kind.ElementName();
            if (Wants(name))
            {
                AddProperty(result, name, new FhirString(note.Text));
            }
        }

        return result;
    }

    /// <summary>Gets the designation use of a short title.</summary>
    internal static Coding ShortTitleUse => new(FhirCodeSystems.DesignationUse, "short-title", "Short title (CMS's short description)");

    internal static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.Category => "category",
        EntryKind.Subcategory => "subcategory",
        EntryKind.Extension => "extension",
        EntryKind.Table => "table",
        EntryKind.Chapter => "chapter",
        EntryKind.Block => "block",
        _ => "code",
    };

    private static void AddProperty(Parameters result, string code, DataType value) =>
        OperationParameters.AddParts(result, "property", ("code", new Code(code)), ("value", value));
}

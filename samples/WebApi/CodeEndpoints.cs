using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Cm;

namespace MedCoding.Samples.WebApi;

/// <summary>The code lookup endpoints: <c>GET /codes/{system}/{code}</c> and <c>GET /codes/{system}/{code}/children</c>.</summary>
internal static class CodeEndpoints
{
    /// <summary>The names a system is addressed by in the URL.</summary>
    private static readonly Dictionary<string, CodeSystem> s_systems = new(StringComparer.OrdinalIgnoreCase)
    {
        ["icd10cm"] = CodeSystem.Icd10Cm,
        ["icd-10-cm"] = CodeSystem.Icd10Cm,
        ["icd10pcs"] = CodeSystem.Icd10Pcs,
        ["icd-10-pcs"] = CodeSystem.Icd10Pcs,
        ["hcpcs"] = CodeSystem.HcpcsLevel2,
    };

    public static IEndpointRouteBuilder MapCodeEndpoints(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup("/codes");
        codes.MapGet("/{system}/{code}", GetCode).WithName("GetCode");
        codes.MapGet("/{system}/{code}/children", GetChildren).WithName("GetChildren");
        return app;
    }

    private static IResult GetCode(string system, string code, string? date, CodeLookups lookups)
    {
        if (Resolve(system, code, date, lookups, out var found) is { } problem)
        {
            return problem;
        }

        var (lookup, entry) = found;
        var parent = lookup is Icd10CmRelease icd10Cm ? icd10Cm.GetParent(entry) : null;
        return Results.Ok(new CodeView(
            SystemName(lookup.Release.System),
            entry.Name,
            entry.Title,
            entry.ShortTitle,
            entry.IsBillable,
            entry.Kind.ToString(),
            ReleaseView.Of(lookup.Release),
            parent is null ? null : new CodeSummary(parent.Name, parent.Title, parent.IsBillable)));
    }

    private static IResult GetChildren(string system, string code, string? date, CodeLookups lookups)
    {
        if (Resolve(system, code, date, lookups, out var found) is { } problem)
        {
            return problem;
        }

        var (lookup, entry) = found;
        if (lookup is not Icd10CmRelease release)
        {
            return Problems.BadRequest(
                "No hierarchy for this code system",
                $"{lookup.Release.System.DisplayName()} codes have no parent/child hierarchy here; only ICD-10-CM does.",
                "system");
        }

        var children = new List<CodeSummary>();
        foreach (var child in release.GetChildren(entry))
        {
            children.Add(new CodeSummary(child.Name, child.Title, child.IsBillable));
        }

        return Results.Ok(new ChildrenView(SystemName(CodeSystem.Icd10Cm), entry.Name, ReleaseView.Of(release.Release), children));
    }

    /// <summary>Finds the lookup and the entry, or returns the problem: unknown system, malformed date or code, no data, unknown code.</summary>
    private static IResult? Resolve(string system, string code, string? date, CodeLookups lookups, out (ICodeLookup Lookup, CodeEntry Entry) found)
    {
        found = default;
        if (!s_systems.TryGetValue(system, out var codeSystem))
        {
            return Problems.BadRequest(
                "Unknown code system",
                $"'{Truncate(system)}' is not a code system here; use one of: icd10cm, icd10pcs, hcpcs.",
                "system");
        }

        DateOnly? dateOfService = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Problems.BadRequest("Malformed date of service", "The date must be written YYYY-MM-DD, e.g. 2025-11-03.", "date");
            }

            dateOfService = day;
        }

        if (ParseError(codeSystem, code) is { } error)
        {
            return Problems.BadRequest("Malformed code", error, "code");
        }

        if (!lookups.Systems.Contains(codeSystem))
        {
            return Problems.NotFound("No data for this code system", $"This server has no {codeSystem.DisplayName()} data configured.");
        }

        if (lookups.Find(codeSystem, dateOfService) is not { } lookup)
        {
            return Problems.NotFound(
                "No release in force",
                string.Create(CultureInfo.InvariantCulture, $"No {codeSystem.DisplayName()} release here is in force on {dateOfService:yyyy-MM-dd}."));
        }

        if (lookup.Find(code) is not { } entry)
        {
            return Problems.NotFound("Code not found", $"{code.Trim().ToUpperInvariant()} is not a code in {lookup.Release.Name}.");
        }

        found = (lookup, entry);
        return null;
    }

    private static string? ParseError(CodeSystem system, string code) => system switch
    {
        CodeSystem.Icd10Cm => Icd10CmCode.TryParse(code, out _, out var error) ? null : error,
        CodeSystem.Icd10Pcs => PcsCode.TryParse(code, out _, out var error) ? null : error,
        CodeSystem.HcpcsLevel2 => HcpcsCode.TryParse(code, out _, out var error) ? null : error,
        _ => null,
    };

    private static string SystemName(CodeSystem system) => system switch
    {
        CodeSystem.Icd10Cm => "icd10cm",
        CodeSystem.Icd10Pcs => "icd10pcs",
        _ => "hcpcs",
    };

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "...";
}

/// <summary>One code as the API returns it.</summary>
internal sealed record CodeView(string System, string Code, string Title, string ShortTitle, bool Billable, string Kind, ReleaseView Release, CodeSummary? Parent);

/// <summary>A code in a list.</summary>
internal sealed record CodeSummary(string Code, string Title, bool Billable);

/// <summary>The codes directly below one code.</summary>
internal sealed record ChildrenView(string System, string Code, ReleaseView Release, IReadOnlyList<CodeSummary> Children);

/// <summary>The release an answer comes from.</summary>
internal sealed record ReleaseView(string Version, string Name, DateOnly EffectiveFrom, DateOnly EffectiveThrough)
{
    public static ReleaseView Of(Release release) => new(release.Version, release.Name, release.EffectiveFrom, release.EffectiveThrough);
}

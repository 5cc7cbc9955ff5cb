using System.Net;
using Hl7.Fhir.Model;
using MedCoding.CodeSets;
using MedCoding.Encoder;
using MedCoding.Fhir.Systems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <summary>The most concepts one <c>$expand</c> returns; a larger page is refused (<c>too-costly</c>): page with <c>count</c>.</summary>
    public const int MaxExpansionSize = 100_000;

    /// <inheritdoc />
    /// <remarks>
    /// <para>Expands an implicit value set (<c>url</c> = <c>http://hl7.org/fhir/sid/icd-10-cm?fhir_vs</c> for every concept,
    /// <c>...?fhir_vs=isa/S72</c> for a concept and all below it), in the release's order, headers marked
    /// <c>abstract</c> and terminated codes <c>inactive</c>. <c>system-version</c> (<c>url|version</c>), <c>valueSetVersion</c>
    /// or <c>date</c> selects the release; <c>offset</c> and <c>count</c> page; <c>activeOnly</c> leaves out inactive codes;
    /// <c>includeDesignations</c> adds the short titles; <c>filter</c> keeps the concepts whose code starts with it or
    /// whose title has each of its words (a word's start), and, on ICD-10-CM and ICD-10-PCS with the encoder's search
    /// configured, ranks the concepts the search finds for it first.</para>
    /// </remarks>
    public Task<Resource> Expand(Parameters parameters, string? id = null, bool useGet = false) =>
        Run<Resource>(() => Expand(new OperationParameters(parameters)));

    private ValueSet Expand(OperationParameters input)
    {
        var url = input.String("url");
        if (url is null && input.Resource("valueSet") is not null)
        {
            throw Outcomes.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported, "Only the implicit value sets of the code systems are expanded here (url=...?fhir_vs); a valueSet resource is not.");
        }

        if (!ImplicitValueSet.TryParse(url, out var valueSet, out var error))
        {
            throw Outcomes.NotFound(error!);
        }

        var system = GetSystem(valueSet!.System);
        var version = SystemVersion(input, system.Url) ?? input.String("valueSetVersion") ?? VersionOfCanonical(url);
        var release = system.Resolve(version, input.Date("date"));
        var offset = input.Integer("offset", 0) ?? 0;
        var count = input.Integer("count", 0);
        var activeOnly = input.Boolean("activeOnly") ?? false;
        var designations = input.Boolean("includeDesignations") ?? false;
        var filter = input.String("filter");

        IEnumerable<CodeEntry> members;
        if (valueSet.IsA is { } isa)
        {
            var root = RequireCode(release, isa, "url (isa/CODE)");
            members = release.SelfAndDescendants(root);
        }
        else
        {
            members = release.Concepts;
        }

        if (activeOnly)
        {
            members = members.Where(e => !release.IsInactive(e));
        }

        if (filter is not null)
        {
            members = Filter(release, members, filter, valueSet.IsA is null ? null : release.Find(valueSet.IsA));
        }

        var all = members as IReadOnlyList<CodeEntry> ?? members.ToList();
        var take = count ?? Math.Max(0, all.Count - offset);
        if (take > MaxExpansionSize)
        {
            throw Outcomes.Error(
                HttpStatusCode.UnprocessableEntity,
                OperationOutcome.IssueType.TooCostly,
                $"The expansion has {all.Count} concepts; at most {MaxExpansionSize} are returned at once: page with offset and count.");
        }

        var expansion = new ValueSet.ExpansionComponent
        {
            Identifier = "urn:uuid:" + Guid.NewGuid().ToString("D"),
            TimestampElement = new FhirDateTime(_time.GetUtcNow()),
            Total = all.Count,
            Offset = offset,
        };
        expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "version", Value = new FhirUri($"{system.Url}|{release.Version}") });
        expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "offset", Value = new Integer(offset) });
        if (count is { } c)
        {
            expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "count", Value = new Integer(c) });
        }

        if (filter is not null)
        {
            expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "filter", Value = new FhirString(filter) });
        }

        var end = Math.Min(all.Count, (long)offset + take);
        for (var i = offset; i < end; i++)
        {
            var entry = all[i];
            var item = new ValueSet.ContainsComponent
            {
                System = system.Url,
                Version = release.Version,
                Code = release.CodeOf(entry),
                Display = release.DisplayOf(entry),
            };
            if (!release.IsSelectable(entry))
            {
                item.Abstract = true;
            }

            if (release.IsInactive(entry))
            {
                item.Inactive = true;
            }

            if (designations && release.ShortTitleOf(entry) is { } shortTitle)
            {
                item.Designation.Add(new ValueSet.DesignationComponent { Use = ShortTitleUse, Value = shortTitle });
            }

            expansion.Contains.Add(item);
        }

        return new ValueSet
        {
            Url = valueSet.Url,
            Version = release.Version,
            Name = system.Name + (valueSet.IsA is null ? string.Empty : "_isa_" + valueSet.IsA.Replace(".", string.Empty, StringComparison.Ordinal)),
            Title = valueSet.IsA is null ? $"All of {release.Release.Name}" : $"{valueSet.IsA} and below it, {release.Release.Name}",
            Status = PublicationStatus.Active,
            Expansion = expansion,
        };
    }

    private static string? SystemVersion(OperationParameters input, string systemUrl)
    {
        foreach (var name in (string[])["force-system-version", "system-version", "systemVersion"])
        {
            foreach (var canonical in input.Strings(name))
            {
                if (canonical.StartsWith(systemUrl + "|", StringComparison.Ordinal))
                {
                    return VersionOfCanonical(canonical);
                }
            }
        }

        return null;
    }

    private List<CodeEntry> Filter(SystemRelease release, IEnumerable<CodeEntry> members, string filter, CodeEntry? root)
    {
        var words = filter.Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codePrefix = filter.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        var matches = new List<CodeEntry>();
        foreach (var entry in members)
        {
            var code = entry.Name.Replace(".", string.Empty, StringComparison.Ordinal);
            if (code.StartsWith(codePrefix, StringComparison.OrdinalIgnoreCase) || HasEveryWord(entry.Title, words) || HasEveryWord(entry.ShortTitle, words))
            {
                matches.Add(entry);
            }
        }

        // The encoder's search (ICD-10-CM and ICD-10-PCS) puts the codes it ranks for the words first, then the plain matches.
        if (release is not (Icd10CmSystemRelease or PcsSystemRelease) || !Sources.HasSearch || Sources.Search is not { } search)
        {
            return matches;
        }

        var ranked = new List<CodeEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in search.Search(filter, release.Release.EffectiveFrom, CodeSearch.MaxLimit))
        {
            if (release.Find(found.Code.TrimEnd('-')) is { } entry
                && (root is null || ReferenceEquals(root, entry) || release.IsAncestor(root, entry))
                && seen.Add(entry.Name))
            {
                ranked.Add(entry);
            }
        }

        foreach (var entry in matches)
        {
            if (seen.Add(entry.Name))
            {
                ranked.Add(entry);
            }
        }

        return ranked;
    }

    private static bool HasEveryWord(string text, string[] words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            var found = false;
            var start = 0;
            while ((start = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                {
                    found = true;
                    break;
                }

                start++;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}

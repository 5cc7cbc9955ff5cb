using Hl7.Fhir.Model;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <inheritdoc />
    /// <remarks>
    /// <para>Input: <c>codeA</c>, <c>codeB</c> and <c>system</c>, or <c>codingA</c> and <c>codingB</c>; <c>version</c> or
    /// <c>date</c> selects the release. Output: <c>outcome</c>, one of <c>equivalent</c>, <c>subsumes</c> (A is an ancestor
    /// of B in the release's hierarchy), <c>subsumed-by</c> and <c>not-subsumed</c>. HCPCS, CPT and ICD-9-CM are flat:
    /// two different codes are never subsumed.</para>
    /// </remarks>
    public Task<Parameters> Subsumes(Parameters parameters, string? id = null, bool useGet = false) =>
        Run(() => Subsumes(new OperationParameters(parameters)));

    private Parameters Subsumes(OperationParameters input)
    {
        var (codeA, systemA, versionA, _) = RequireCoding(input, "codeA", "codingA");
        var (codeB, systemB, versionB, _) = RequireCoding(input, "codeB", "codingB");
        var systemUrl = input.String("system") ?? systemA ?? systemB;
        if (systemA is not null && systemB is not null && !string.Equals(systemA, systemB, StringComparison.Ordinal))
        {
            throw Outcomes.BadRequest("codingA and codingB are of different code systems; $subsumes compares two codes of one system.");
        }

        var system = GetSystem(systemUrl);
        var release = system.Resolve(input.String("version") ?? versionA ?? versionB, input.Date("date"));
        var a = RequireCode(release, codeA, "codeA");
        var b = RequireCode(release, codeB, "codeB");
        var outcome = ReferenceEquals(a, b) || a.Name == b.Name ? "equivalent"
            : release.IsAncestor(a, b) ? "subsumes"
            : release.IsAncestor(b, a) ? "subsumed-by"
            : "not-subsumed";
        var result = new Parameters();
        result.Add("outcome", new Code(outcome));
        return result;
    }
}

using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Terminology;
using MedCoding.Fhir;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// The FHIR operations through <see cref="MedCodingTerminologyService"/> (Firely's ITerminologyService) over the
/// embedded FY2026 releases, warm: <c>$lookup</c> and <c>$validate-code</c> of a code and of a header (issue 16: microseconds),
/// <c>$subsumes</c>, and <c>$expand</c> of the largest category, S82 (3,346 codes; FY2026 has no chapters without the
/// Tabular List, so the whole of a big subtree stands for "a chapter": target milliseconds) and of one page of it.
/// Each operation builds its Parameters input as a client would.
/// </summary>
[MemoryDiagnoser]
public class FhirTerminologyBenchmarks
{
    private readonly MedCodingTerminologyService _service = MedCodingTerminologyService.CreateDefault();

    [GlobalSetup]
    public void Setup()
    {
        // Loads the releases and the PCS table index before timing.
        _ = Lookup();
        _ = _service.Lookup(new LookupParameters().WithCode("0DTJ4ZZ", FhirCodeSystems.Icd10Pcs, null, null)).GetAwaiter().GetResult();
        _ = ExpandCategory();
    }

    [Benchmark(Baseline = true, Description = "$lookup E11.65 (ICD-10-CM)")]
    public Parameters Lookup() =>
        _service.Lookup(new LookupParameters().WithCode("E11.65", FhirCodeSystems.Icd10Cm, null, null)).GetAwaiter().GetResult();

    [Benchmark(Description = "$lookup E11 (header, 9 children)")]
    public Parameters LookupHeader() =>
        _service.Lookup(new LookupParameters().WithCode("E11", FhirCodeSystems.Icd10Cm, null, null)).GetAwaiter().GetResult();

    [Benchmark(Description = "$lookup 0DTJ4ZZ (ICD-10-PCS)")]
    public Parameters LookupPcs() =>
        _service.Lookup(new LookupParameters().WithCode("0DTJ4ZZ", FhirCodeSystems.Icd10Pcs, null, null)).GetAwaiter().GetResult();

    [Benchmark(Description = "CodeSystem/$validate-code E11.65, by date")]
    public Parameters ValidateCode() =>
        _service.CodeSystemValidateCode(new Parameters()
            .Add("url", new FhirUri(FhirCodeSystems.Icd10Cm))
            .Add("code", new Code("E11.65"))
            .Add("date", new FhirDateTime("2025-11-03"))).GetAwaiter().GetResult();

    [Benchmark(Description = "ValueSet/$validate-code E11.6 (header), CodeableConcept")]
    public Parameters ValidateHeaderInValueSet() =>
        _service.ValueSetValidateCode(new Parameters()
            .Add("url", new FhirUri(FhirCodeSystems.Icd10Cm + "?fhir_vs"))
            .Add("codeableConcept", new CodeableConcept(FhirCodeSystems.Icd10Cm, "E11.6"))).GetAwaiter().GetResult();

    [Benchmark(Description = "$subsumes E11 / E11.65")]
    public Parameters Subsumes() =>
        _service.Subsumes(new SubsumesParameters().WithCode("E11", "E11.65", FhirCodeSystems.Icd10Cm, null)).GetAwaiter().GetResult();

    [Benchmark(Description = "$expand isa/S82, all 3,346 codes")]
    public Resource ExpandCategory() =>
        _service.Expand(new Parameters().Add("url", new FhirUri(FhirCodeSystems.Icd10Cm + "?fhir_vs=isa/S82"))).GetAwaiter().GetResult();

    [Benchmark(Description = "$expand isa/S82, offset 3000 count 100")]
    public Resource ExpandPage() =>
        _service.Expand(new Parameters()
            .Add("url", new FhirUri(FhirCodeSystems.Icd10Cm + "?fhir_vs=isa/S82"))
            .Add("offset", new Integer(3000))
            .Add("count", new Integer(100))).GetAwaiter().GetResult();
}

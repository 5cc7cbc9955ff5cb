using MedCoding.CodeSets;
using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping;

/// <summary>Groups cases with one version's tables: builds the case's facts, then reads the DRG formulas.</summary>
/// <threadsafety>Thread-safe: each thread works on its own <see cref="CaseFacts"/>.</threadsafety>
internal sealed partial class CaseGrouper
{
    private const int UngroupableDrg = 999;
    private const int PreMdc = 0;
    private const int ErrorMdc = 99;
    private const int DischargedAma = 7;
    private const int Expired = 20;

    private readonly MsDrgDefinitions _definitions;
    private readonly ComputedOperands _computed;
    private readonly ThreadLocal<CaseFacts> _facts;

    public CaseGrouper(MsDrgDefinitions definitions)
    {
        _definitions = definitions;
        _computed = definitions.Computed;
        _facts = new ThreadLocal<CaseFacts>(() => new CaseFacts(definitions.Operands.Count));
    }

    public DrgResult Group(DrgCase drgCase)
    {
        var facts = _facts.Value!;
        facts.Reset();
        var diagnoses = _definitions.Diagnoses;
        var pdx = diagnoses.Find(drgCase.PrincipalDiagnosis.Code);
        if (!pdx.Exists)
        {
            return Error(drgCase, GrouperReturnCode.InvalidPdx, [new GroupingStep(PreMdc, 0, "INVALID_PDX", GroupingStepOutcome.Error, 0, GrouperReturnCode.InvalidPdx.ToCmsName())]);
        }

        facts.PrincipalEntry = pdx;
        facts.Principal.AddAll(pdx.Operands);
        var pdxMdc = PrincipalMdc(pdx, drgCase.Sex, out var invalidSex);

        var secondaries = drgCase.SecondaryDiagnoses;
        var secondaryCount = Math.Min(secondaries.Count, DrgCase.MaxSecondaryDiagnoses);
        var entries = new DiagnosisRow[secondaryCount];
        for (var i = 0; i < secondaryCount; i++)
        {
            var entry = diagnoses.Find(secondaries[i].Code);
            if (entry.Exists)
            {
                entries[i] = entry;
                facts.SecondaryEntries.Add(entry);
                facts.Secondary.AddAll(entry.Operands);
                if (secondaries[i].Poa.IsNotPresentOnAdmission())
                {
                    facts.SecondaryNotPresentOnAdmission.AddAll(entry.Operands);
                }
            }
        }

        var procedures = ReadProcedures(drgCase, facts, out var metClusters);
        SetComputedOperands(drgCase, facts, pdx, pdxMdc, invalidSex, procedures);
        var hacs = MetHacs(facts);
        var statuses = ClassifySecondaries(drgCase, facts, pdx, entries, hacs);

        var path = new List<GroupingStep>(4);
        var outcome = ReadFormulas(facts, pdxMdc, path) with { PrincipalDiagnosisMdc = pdxMdc };
        return BuildResult(drgCase, facts, outcome, path, entries, statuses, hacs, procedures, metClusters);
    }

    private static int PrincipalMdc(DiagnosisRow pdx, AdministrativeSex sex, out bool invalidSex)
    {
        invalidSex = false;
        if (pdx.MdcIfMale < 0 && pdx.MdcIfFemale < 0)
        {
            return pdx.Mdc;
        }

        switch (sex)
        {
            case AdministrativeSex.Male when pdx.MdcIfMale >= 0:
                return pdx.MdcIfMale;
            case AdministrativeSex.Female when pdx.MdcIfFemale >= 0:
                return pdx.MdcIfFemale;
            case AdministrativeSex.Male or AdministrativeSex.Female:
                return pdx.Mdc;
            default:
                invalidSex = true;
                return pdx.Mdc;
        }
    }
}

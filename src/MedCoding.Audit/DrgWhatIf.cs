using System.Collections.Concurrent;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using MedCoding.Icd10Cm;

namespace MedCoding.Audit;

/// <summary>
/// Gets the DRG what-if of clinical documentation improvement: for one inpatient case, every single change that would
/// give another DRG, each confirmed by grouping the changed case.
/// </summary>
/// <remarks>
/// <para>
/// The changes tried: (a) replace one diagnosis, the principal or a secondary, by another billable code of the same
/// category (its first three characters) in the ICD-10-CM release in force on the discharge date, keeping its POA
/// indicator; a code already on the case is not tried again; (b) make one secondary diagnosis the principal, the old
/// principal taking its place (and the secondary's POA indicator). Each changed case is grouped with the same grouper as
/// the case itself; only those with another DRG are returned. Each change names what drove it (<see cref="WhatIfDrivers"/>).
/// </para>
/// <para>
/// The changes are ranked by weight gained when relative weights are given, else by CC/MCC severity gained; ties keep
/// case order (principal first, then each secondary, candidates in tabular order), then resequences.
/// </para>
/// <para>The billable codes of each category are read from the release once and kept; load once and share.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public sealed class DrgWhatIf
{
    private readonly ConcurrentDictionary<(Icd10CmRelease Release, string Category), string[]> _categories = new();

    /// <summary>Initializes the what-if.</summary>
    /// <param name="grouper">The MS-DRG grouper.</param>
    /// <param name="icd10Cm">The ICD-10-CM releases, which give the billable codes of each category in force on a discharge date.</param>
    /// <param name="weights">The relative weights (CMS's Table 5) to rank by, or <see langword="null"/> to rank by severity gained.</param>
    public DrgWhatIf(IDrgGrouper grouper, Icd10CmReleaseProvider icd10Cm, RelativeWeightTable? weights = null)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        ArgumentNullException.ThrowIfNull(icd10Cm);
        Grouper = grouper;
        Icd10Cm = icd10Cm;
        Weights = weights;
    }

    /// <summary>Gets the grouper.</summary>
    public IDrgGrouper Grouper { get; }

    /// <summary>Gets the ICD-10-CM releases.</summary>
    public Icd10CmReleaseProvider Icd10Cm { get; }

    /// <summary>Gets the relative weights, or <see langword="null"/>.</summary>
    public RelativeWeightTable? Weights { get; }

    /// <summary>Returns every single change of a case that gives another DRG, ranked.</summary>
    /// <param name="drgCase">The case.</param>
    /// <returns>The case's grouping and the changes.</returns>
    /// <exception cref="NoReleaseInForceException">No ICD-10-CM release or MS-DRG version is in force on the discharge date.</exception>
    public WhatIfAnalysis Analyze(DrgCase drgCase)
    {
        ArgumentNullException.ThrowIfNull(drgCase);
        var baseline = Grouper.Group(drgCase);
        var release = Icd10Cm.GetForDate(drgCase.DischargeDate);
        var baselineWeight = Weights?.WeightOf(baseline.Drg);
        var changes = new List<WhatIfChange>();
        var tried = 0;
        var secondaries = drgCase.SecondaryDiagnoses;
        var onCase = new HashSet<string>(StringComparer.Ordinal) { Codes.Normalize(drgCase.PrincipalDiagnosis.Code) };
        foreach (var diagnosis in secondaries)
        {
            onCase.Add(Codes.Normalize(diagnosis.Code));
        }

        // (a) The principal diagnosis replaced by each billable code of its category.
        var pdx = drgCase.PrincipalDiagnosis;
        foreach (var candidate in BillableCodes(release, Codes.Normalize(pdx.Code)))
        {
            if (onCase.Contains(candidate))
            {
                continue;
            }

            tried++;
            var changed = drgCase with { PrincipalDiagnosis = pdx with { Code = candidate } };
            Consider(WhatIfChangeKind.Replace, "pdx", -1, pdx.Code, candidate, changed);
        }

        // (a) Each secondary diagnosis replaced by each billable code of its category.
        for (var i = 0; i < secondaries.Count && i < DrgCase.MaxSecondaryDiagnoses; i++)
        {
            var secondary = secondaries[i];
            foreach (var candidate in BillableCodes(release, Codes.Normalize(secondary.Code)))
            {
                if (onCase.Contains(candidate))
                {
                    continue;
                }

                tried++;
                var list = secondaries.ToArray();
                list[i] = secondary with { Code = candidate };
                Consider(WhatIfChangeKind.Replace, Position(i), i, secondary.Code, candidate, drgCase with { SecondaryDiagnoses = list });
            }
        }

        // (b) Each secondary diagnosis made the principal, the old principal in its place.
        for (var i = 0; i < secondaries.Count && i < DrgCase.MaxSecondaryDiagnoses; i++)
        {
            tried++;
            var list = secondaries.ToArray();
            list[i] = pdx with { Poa = secondaries[i].Poa };
            var changed = drgCase with { PrincipalDiagnosis = secondaries[i] with { Poa = pdx.Poa }, SecondaryDiagnoses = list };
            Consider(WhatIfChangeKind.Resequence, Position(i), i, pdx.Code, secondaries[i].Code, changed);
        }

        var ranked = Weights is null
            ? changes.OrderByDescending(c => c.SeverityGained).ToList()
            : changes.OrderByDescending(c => c.WeightDifference ?? decimal.MinValue).ThenByDescending(c => c.SeverityGained).ToList();
        return new WhatIfAnalysis(drgCase, baseline, ranked, tried);

        void Consider(WhatIfChangeKind kind, string position, int index, string from, string to, DrgCase changed)
        {
            var result = Grouper.Group(changed);
            if (result.Drg == baseline.Drg)
            {
                return;
            }

            var weight = Weights?.WeightOf(result.Drg);
            changes.Add(new WhatIfChange
            {
                Kind = kind,
                Position = position,
                From = Codes.Normalize(from),
                To = Codes.Normalize(to),
                Case = changed,
                Result = result,
                Drivers = Drivers(baseline, result, index, kind == WhatIfChangeKind.Resequence || index < 0),
                SeverityGained = (int)result.CountedSeverity - (int)baseline.CountedSeverity,
                WeightDifference = weight is { } w && baselineWeight is { } b ? w - b : null,
            });
        }
    }

    /// <summary>Returns what drove one change from the baseline's grouping to the changed case's.</summary>
    /// <param name="baseline">The case's grouping.</param>
    /// <param name="result">The changed case's grouping.</param>
    /// <param name="index">The secondary position changed (for a resequence, where the old principal now is), or -1 for the principal.</param>
    /// <param name="principalChanged">Whether the principal diagnosis changed.</param>
    internal static WhatIfDrivers Drivers(DrgResult baseline, DrgResult result, int index, bool principalChanged)
    {
        var drivers = WhatIfDrivers.None;
        if (result.Mdc != baseline.Mdc)
        {
            drivers |= WhatIfDrivers.MdcChanged;
        }
        else if (principalChanged && !DrgComparison.SameFamily(baseline, result))
        {
            drivers |= WhatIfDrivers.BaseDrgChanged;
        }

        if (!string.Equals(result.DrivingProcedure, baseline.DrivingProcedure, StringComparison.Ordinal))
        {
            drivers |= WhatIfDrivers.DrivingProcedureChanged;
        }

        var severity = result.CountedSeverity;
        if (severity < baseline.CountedSeverity)
        {
            drivers |= WhatIfDrivers.SeverityLost;
        }

        var findings = result.SecondaryDiagnoses;
        var before = baseline.SecondaryDiagnoses;
        if (index >= 0 && index < findings.Count && DrgComparison.SetsSeverity(findings[index], severity)
            && !(index < before.Count && DrgComparison.SetsSeverity(before[index], severity) && Codes.Normalize(before[index].Diagnosis.Code) == Codes.Normalize(findings[index].Diagnosis.Code)))
        {
            drivers |= severity == CcSeverity.Mcc ? WhatIfDrivers.BecameMcc : WhatIfDrivers.BecameCc;
        }

        if (principalChanged)
        {
            for (var j = 0; j < findings.Count && j < before.Count; j++)
            {
                if (j != index && before[j].Status == SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis && findings[j].Counted)
                {
                    drivers |= WhatIfDrivers.CcExclusionLifted;
                }
            }
        }

        return drivers;
    }

    /// <summary>Returns the billable codes (without dots) of a code's category in a release, in tabular order; empty when the category is not in it.</summary>
    internal string[] BillableCodes(Icd10CmRelease release, string code) =>
        code.Length < 3
            ? []
            : _categories.GetOrAdd((release, Codes.Category(code)), static key =>
            {
                var entry = key.Release.Find(key.Category);
                if (entry is null)
                {
                    return [];
                }

                var codes = new List<string>();
                if (entry.IsBillable)
                {
                    codes.Add(Codes.Normalize(entry.Name));
                }

                foreach (var descendant in key.Release.GetDescendants(entry))
                {
                    if (descendant.IsBillable)
                    {
                        codes.Add(Codes.Normalize(descendant.Name));
                    }
                }

                return [.. codes];
            });

    private static string Position(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sdx{index + 1}");
}

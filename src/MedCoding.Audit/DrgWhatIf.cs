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
        var groupings = 1;
        var secondaries = drgCase.SecondaryDiagnoses;
        var onCase = new HashSet<string>(StringComparer.Ordinal) { Codes.Normalize(drgCase.PrincipalDiagnosis.Code) };
        foreach (var diagnosis in secondaries)
        {
            onCase.Add(Codes.Normalize(diagnosis.Code));
        }

        // (a) The principal diagnosis, then each secondary, replaced by each billable code of its category. With our own
        // grouper, codes it reads alike in that place (MsDrgDefinitions.KeyOf) are grouped once.
        var definitions = Grouper is MsDrgGrouper msDrg && msDrg.Schedule.TryGetInForceOn(drgCase.DischargeDate, out var inForce, out _) ? inForce : null;
        var pdx = drgCase.PrincipalDiagnosis;
        var pdxCode = Codes.Normalize(pdx.Code);
        var grouped = new Dictionary<DiagnosisKey, (DrgResult Result, string Code)>();
        for (var index = -1; index < secondaries.Count && index < DrgCase.MaxSecondaryDiagnoses; index++)
        {
            var original = index < 0 ? pdx : secondaries[index];
            grouped.Clear();
            foreach (var candidate in BillableCodes(release, Codes.Normalize(original.Code)))
            {
                if (onCase.Contains(candidate))
                {
                    continue;
                }

                tried++;
                var diagnosis = original with { Code = candidate };
                var key = definitions?.KeyOf(candidate, index < 0 ? null : pdxCode) ?? default;
                DrgResult result;
                if (key.Exists && grouped.TryGetValue(key, out var same))
                {
                    if (same.Result.Drg == baseline.Drg)
                    {
                        continue;
                    }

                    result = Substitute(same.Result, index, diagnosis, same.Code);
                }
                else
                {
                    result = Grouper.Group(Changed(drgCase, index, diagnosis));
                    groupings++;
                    if (key.Exists)
                    {
                        grouped[key] = (result, candidate);
                    }
                }

                if (result.Drg != baseline.Drg)
                {
                    Add(WhatIfChangeKind.Replace, index < 0 ? "pdx" : Position(index), index, original.Code, candidate, Changed(drgCase, index, diagnosis), result);
                }
            }
        }

        // (b) Each secondary diagnosis made the principal, the old principal in its place.
        for (var i = 0; i < secondaries.Count && i < DrgCase.MaxSecondaryDiagnoses; i++)
        {
            tried++;
            var list = secondaries.ToArray();
            list[i] = pdx with { Poa = secondaries[i].Poa };
            var changed = drgCase with { PrincipalDiagnosis = secondaries[i] with { Poa = pdx.Poa }, SecondaryDiagnoses = list };
            var result = Grouper.Group(changed);
            groupings++;
            if (result.Drg != baseline.Drg)
            {
                Add(WhatIfChangeKind.Resequence, Position(i), i, pdx.Code, secondaries[i].Code, changed, result);
            }
        }

        var ranked = Weights is null
            ? changes.OrderByDescending(c => c.SeverityGained).ToList()
            : changes.OrderByDescending(c => c.WeightDifference ?? decimal.MinValue).ThenByDescending(c => c.SeverityGained).ToList();
        return new WhatIfAnalysis(drgCase, baseline, ranked, tried, groupings);

        void Add(WhatIfChangeKind kind, string position, int index, string from, string to, DrgCase changed, DrgResult result)
        {
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

    /// <summary>Returns the case with one diagnosis replaced: the principal (index -1) or a secondary.</summary>
    private static DrgCase Changed(DrgCase drgCase, int index, DrgDiagnosis diagnosis)
    {
        if (index < 0)
        {
            return drgCase with { PrincipalDiagnosis = diagnosis };
        }

        var list = drgCase.SecondaryDiagnoses.ToArray();
        list[index] = diagnosis;
        return drgCase with { SecondaryDiagnoses = list };
    }

    /// <summary>
    /// Returns the grouping of a code the grouper reads like another, from the other's: the same DRG, MDC and path, with the
    /// code itself in its secondary diagnosis finding and its HAC findings.
    /// </summary>
    private static DrgResult Substitute(DrgResult other, int index, DrgDiagnosis diagnosis, string otherCode)
    {
        if (index < 0)
        {
            return other;
        }

        var findings = other.SecondaryDiagnoses.ToArray();
        findings[index] = findings[index] with { Diagnosis = diagnosis };
        var hacs = other.Hacs.Count == 0
            ? other.Hacs
            : other.Hacs.Select(h => h.DiagnosisCode == otherCode ? h with { DiagnosisCode = diagnosis.Code } : h).ToArray();
        return other with { SecondaryDiagnoses = findings, Hacs = hacs };
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

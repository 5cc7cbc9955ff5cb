using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets the MS-DRG v43.0/v43.1 grouper: assigns each inpatient case its MDC, DRG and return code as
/// CMS's own grouper does, and explains the path.
/// </summary>
/// <remarks>
/// <para>Load once and share: any number of threads may call <see cref="Group(DrgCase)"/> at once.</para>
/// <para>The version is picked by discharge date (v43.0 before 2026-04-01, v43.1 from then) unless the caller names one.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MsDrgGrouper : IDrgGrouper
{
    private readonly CaseGrouper _v430;
    private readonly CaseGrouper _v431;

    /// <summary>Initializes a grouper over the tables of both versions.</summary>
    /// <param name="v430">The v43.0 tables.</param>
    /// <param name="v431">The v43.1 tables.</param>
    /// <exception cref="ArgumentException">A table set belongs to the other version.</exception>
    public MsDrgGrouper(MsDrgDefinitions v430, MsDrgDefinitions v431)
    {
        ArgumentNullException.ThrowIfNull(v430);
        ArgumentNullException.ThrowIfNull(v431);
        if (v430.Version != MsDrgVersion.V430 || v431.Version != MsDrgVersion.V431)
        {
            throw new ArgumentException($"Expected the v43.0 and v43.1 tables, got {v430.Version.DisplayName()} and {v431.Version.DisplayName()}.");
        }

        V430 = v430;
        V431 = v431;
        _v430 = new CaseGrouper(v430);
        _v431 = new CaseGrouper(v431);
    }

    /// <summary>Gets the v43.0 tables.</summary>
    public MsDrgDefinitions V430 { get; }

    /// <summary>Gets the v43.1 tables.</summary>
    public MsDrgDefinitions V431 { get; }

    /// <summary>Returns a grouper over both versions' tables read from the MS-DRG data folder (both are read in parallel).</summary>
    /// <param name="msdrgFolder">The folder holding <c>v430/</c>, <c>v431/</c> and <c>mce/</c> (e.g. <c>../shared/data/msdrg/v43</c>).</param>
    /// <returns>The grouper.</returns>
    /// <exception cref="DataFileException">A table is missing or malformed.</exception>
    public static MsDrgGrouper Load(string msdrgFolder)
    {
        var v430 = Task.Run(() => MsDrgDefinitions.Load(msdrgFolder, MsDrgVersion.V430));
        var v431 = MsDrgDefinitions.Load(msdrgFolder, MsDrgVersion.V431);

        // GetResult rethrows the load's own exception (a DataFileException), not an AggregateException.
        return new MsDrgGrouper(v430.GetAwaiter().GetResult(), v431);
    }

    /// <inheritdoc />
    public DrgResult Group(DrgCase drgCase)
    {
        ArgumentNullException.ThrowIfNull(drgCase);
        return Group(drgCase, MsDrgVersions.ForDischargeDate(drgCase.DischargeDate));
    }

    /// <summary>Returns the grouping of a case with the named version, whatever its discharge date.</summary>
    /// <param name="drgCase">The case.</param>
    /// <param name="version">The version to group with.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The version is not one this grouper carries.</exception>
    public DrgResult Group(DrgCase drgCase, MsDrgVersion version)
    {
        ArgumentNullException.ThrowIfNull(drgCase);
        ArgumentNullException.ThrowIfNull(drgCase.PrincipalDiagnosis.Code, nameof(drgCase));
        return version switch
        {
            MsDrgVersion.V430 => _v430.Group(drgCase),
            MsDrgVersion.V431 => _v431.Group(drgCase),
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Expected MS-DRG v43.0 or v43.1."),
        };
    }
}

using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns whether the CPT or HCPCS Level II code of a service line is known on its date of service, from
/// <see cref="HcpcsLevel2Release"/>s and licensed <see cref="CptRelease"/>s, and by shape where no release covers the date.
/// </summary>
/// <remarks>
/// <para>
/// HCPCS Level II (a letter A-V and four digits, <see cref="HcpcsCode"/>): the release in force on the date of
/// service answers, and within it the record's own dates (<see cref="HcpcsRecord.IsInForceOn"/>: added date and
/// termination date), so a code terminated before the date of service is unknown.
/// </para>
/// <para>
/// CPT (Level I) is the AMA's: its codes are checked against a list only when the caller supplies a licensed
/// file (<see cref="CptRelease"/>) in force on the date; otherwise a code of CPT's shape (<see cref="CptCode"/>)
/// is <see cref="ServiceCodeStatus.WellFormed"/>. Likewise a Level II code on a date no HCPCS release covers.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ServiceCodeSet : IServiceCodeSource
{
    private readonly ReleaseSchedule<HcpcsLevel2Release> _hcpcs;
    private readonly ReleaseSchedule<CptRelease> _cpt;

    /// <summary>Initializes the set.</summary>
    /// <param name="hcpcsLevel2">The HCPCS Level II releases, or <see langword="null"/> to check Level II codes by shape only.</param>
    /// <param name="cpt">The CPT releases read from licensed files, or <see langword="null"/> to check CPT codes by shape only.</param>
    public ServiceCodeSet(ReleaseSchedule<HcpcsLevel2Release>? hcpcsLevel2 = null, ReleaseSchedule<CptRelease>? cpt = null)
    {
        _hcpcs = hcpcsLevel2 ?? ReleaseSchedule<HcpcsLevel2Release>.None(CodeSystem.HcpcsLevel2);
        _cpt = cpt ?? ReleaseSchedule<CptRelease>.None(CodeSystem.Cpt);
    }

    /// <summary>Gets a set that checks every code by its shape only.</summary>
    public static ServiceCodeSet ShapeOnly { get; } = new();

    /// <inheritdoc />
    public ServiceCodeStatus Check(string code, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (CptCode.TryParse(code, out var cpt, out _))
        {
            return _cpt.TryGetInForceOn(dateOfService, out var release, out _)
                ? release.Find(cpt.Value) is null ? ServiceCodeStatus.Unknown : ServiceCodeStatus.Known
                : ServiceCodeStatus.WellFormed;
        }

        if (HcpcsCode.TryParse(code, out var level2, out _))
        {
            return _hcpcs.TryGetInForceOn(dateOfService, out var release, out _)
                ? release.FindProcedure(level2.Value) is { } record && record.IsInForceOn(dateOfService) ? ServiceCodeStatus.Known : ServiceCodeStatus.Unknown
                : ServiceCodeStatus.WellFormed;
        }

        return ServiceCodeStatus.Unknown;
    }
}

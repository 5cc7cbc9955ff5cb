namespace MedCoding.Grouping;

/// <summary>Gets the MS-DRG grouper versions this package groups with.</summary>
/// <remarks>The value is the version number as CMS writes it without the dot (430 for v43.0).</remarks>
public enum MsDrgVersion
{
    /// <summary>MS-DRG v43.0, for discharges from 2025-10-01 to 2026-03-31.</summary>
    V430 = 430,

    /// <summary>MS-DRG v43.1, for discharges from 2026-04-01 to 2026-09-30.</summary>
    V431 = 431,
}

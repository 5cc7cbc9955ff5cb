using MedCoding.Icd10Pcs;

namespace MedCoding.Encoder;

/// <summary>
/// Returns one ICD-10-PCS axis a partial code leaves open, with the values the table of the release in force
/// offers there given the characters already chosen.
/// </summary>
/// <param name="Axis">The axis (position), e.g. approach.</param>
/// <param name="Title">The axis title in the table, e.g. <c>Approach</c>.</param>
/// <param name="Values">The values offered, ordered by character.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PcsOpenAxis(PcsAxis Axis, string Title, IReadOnlyList<PcsAxisValue> Values);

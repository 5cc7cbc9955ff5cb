namespace MedCoding.Billing;

/// <summary>
/// Returns a payer: its name, its id at the clearinghouse and its deadlines.
/// </summary>
/// <param name="Name">The payer's name.</param>
/// <param name="PayerId">The payer id the clearinghouse routes on (NM1*PR, qualifier PI).</param>
/// <param name="Settings">The timely-filing and appeal limits.</param>
/// <param name="FilingIndicator">The claim filing indicator (SBR09): <c>CI</c> commercial, <c>MB</c> Medicare Part B, <c>MA</c> Part A, <c>MC</c> Medicaid.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Payer(string Name, string PayerId, PayerSettings Settings, string FilingIndicator = "CI");

namespace MedCoding.Billing;

/// <summary>
/// Identifies the job of whoever acts on an encounter or a claim.
/// </summary>
public enum ActorRole
{
    /// <summary>A coder: turns documentation into codes. Owns the coded encounter, never moves a claim.</summary>
    Coder = 1,

    /// <summary>A biller: builds, submits and follows up claims, posts payments, works denials and appeals.</summary>
    Biller = 2,

    /// <summary>A clearinghouse: accepts or rejects submitted claims.</summary>
    Clearinghouse = 3,

    /// <summary>A payer: adjudicates claims and appeals.</summary>
    Payer = 4,

    /// <summary>An automated process acting for the biller (a scrubber, a remittance poster).</summary>
    System = 5,
}

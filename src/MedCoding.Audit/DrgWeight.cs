namespace MedCoding.Audit;

/// <summary>Gets one MS-DRG's row of the IPPS relative weights table (CMS's Table 5).</summary>
/// <param name="Drg">The MS-DRG.</param>
/// <param name="Weight">The relative weight: the DRG's payment is the weight times the hospital's base rate.</param>
/// <param name="GeometricMeanLengthOfStay">The geometric mean length of stay, in days.</param>
/// <param name="ArithmeticMeanLengthOfStay">The arithmetic mean length of stay, in days.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DrgWeight(int Drg, decimal Weight, decimal GeometricMeanLengthOfStay, decimal ArithmeticMeanLengthOfStay);

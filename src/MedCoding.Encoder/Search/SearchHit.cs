namespace MedCoding.Encoder;

/// <summary>One document the corpus ranked for a query: its number and its score (the tier in the thousands).</summary>
/// <param name="Document">The document's number in the corpus.</param>
/// <param name="Score">The score: 2000+ for the exact words in order, 1000+ for the exact words in another order, then BM25.</param>
internal readonly record struct SearchHit(int Document, double Score);

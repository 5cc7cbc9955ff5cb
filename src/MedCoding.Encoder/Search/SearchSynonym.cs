namespace MedCoding.Encoder;

/// <summary>
/// A word that also matches other words, from an index's own cross-references: the main term "Overdose, overdosage"
/// with <c>see</c> "Table of Drugs and Chemicals, by drug, poisoning" makes a query's "overdose" also match "poisoning".
/// </summary>
/// <param name="Word">The word, normalised.</param>
/// <param name="Targets">The words it also matches, normalised (those no document of the search holds are ignored).</param>
internal sealed record SearchSynonym(string Word, string[] Targets);

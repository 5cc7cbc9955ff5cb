using System.Collections.Frozen;
using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Identifies how a Medically Unlikely Edit is adjudicated (the MUE Adjudication Indicator).
/// </summary>
public enum MueAdjudicationIndicator
{
    /// <summary>1: a line edit; each line's units are compared with the MUE value.</summary>
    Line = 1,

    /// <summary>2: a date-of-service edit based on policy; the units of every line of the code on one date of service are added up.</summary>
    DateOfServicePolicy = 2,

    /// <summary>3: a date-of-service edit based on clinical information; the units on one date of service are added up.</summary>
    DateOfServiceClinical = 3,
}

namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns the age group of a diagnosis in an <see cref="MceEdit.AgeConflict"/>: the group whose ages the patient's age is outside.</summary>
public enum MceAgeConflictType
{
    /// <summary><c>NEWBORN</c>: a newborn diagnosis (age 0).</summary>
    Newborn,

    /// <summary><c>PEDIATRIC</c>: a pediatric diagnosis (ages 0 to 17).</summary>
    Pediatric,

    /// <summary><c>MATERNITY</c>: a maternity diagnosis (ages 9 to 64 from October 1, 2019; 12 to 55 before).</summary>
    Maternity,

    /// <summary><c>ADULT</c>: an adult diagnosis (ages 15 to 124).</summary>
    Adult,
}

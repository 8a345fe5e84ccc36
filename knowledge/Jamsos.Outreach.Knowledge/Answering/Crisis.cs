namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>What a message reports as having happened, when it is a moment of crisis.</summary>
public enum Crisis
{
    /// <summary>No crisis reported: a question, even one about deaths or accidents in general.</summary>
    None,

    /// <summary>Someone close to the writer has died ("suami saya meninggal kemarin").</summary>
    Death,

    /// <summary>The writer or someone close has had an accident ("saya jatuh dari motor waktu narik").</summary>
    Accident,
}

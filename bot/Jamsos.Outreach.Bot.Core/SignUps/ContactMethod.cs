namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>How the person wants the outreach team to get in touch.</summary>
public enum ContactMethod
{
    Telegram,
    WhatsApp,
    PhoneCall,
    Discord,
}

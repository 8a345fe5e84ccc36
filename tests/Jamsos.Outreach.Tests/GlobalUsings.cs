// Support (the fake clock, the log capture, the in-memory stores) is used all over the tests.
global using Jamsos.Outreach.Tests.Support;

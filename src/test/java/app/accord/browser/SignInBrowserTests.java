package app.accord.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out as a person does, with the first admin the operator configured. */
class SignInBrowserTests extends BrowserTestSupport {

	@Test
	void theAdminSignsInWithTheirPasswordReachesStaffToolsAndSignsOut() {
		visit("/");
		findByRole("link", "Sign in").click();
		findByRole("heading", "Sign in");
		assertAccessible();

		driver().findElement(org.openqa.selenium.By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(org.openqa.selenium.By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();

		findByRole("heading", "My account");
		assertThat(currentPath()).isEqualTo("/account");
		assertAccessible();

		findByRole("link", "Staff").click();
		findByRole("heading", "Staff tools");
		findByRole("link", "People and accounts").click();
		findByRole("heading", "People and accounts");
		assertThat(visibleText()).contains("admin@accord.test");
		assertAccessible();

		findByRole("button", "Sign out").click();
		findByRole("link", "Sign in");
		visit("/account");
		findByRole("heading", "Sign in");
	}

	@Test
	void aWrongPasswordIsExplainedOnTheSignInPage() {
		visit("/signin");
		driver().findElement(org.openqa.selenium.By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(org.openqa.selenium.By.id("password")).sendKeys("not the password at all");
		findByRole("button", "Sign in").click();

		assertThat(findByRole("alert").getText()).contains("do not match an account");
	}

}

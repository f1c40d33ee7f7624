/**
 * Phone + one-time SMS code login (短信验证码登录), the way property apps in China sign owners in: a code is
 * requested for a phone, delivered by notification-service, and exchanged at the token endpoint with the
 * grant type {@value io.propertyops.security.sms.application.SmsCodeGrant#GRANT_TYPE}. Codes expire in 5 minutes,
 * are single-use, allow 5 attempts, and requests are limited per phone and per client address
 * ({@code domain.LoginCode}, {@code domain.CodeRequestLimits}).
 */
package io.propertyops.security.sms;

package org.learningsets.web.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls services in the MEMBER role (test deployments only). */
@Stateless
@RunAs("MEMBER")
@PermitAll
public class AsMember extends Acting {}
